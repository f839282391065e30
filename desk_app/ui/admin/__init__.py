"""The admin screens (role ADMIN): a table and a form per kind of reference data, the
role permissions, and the audit browser (shift leads too)."""
