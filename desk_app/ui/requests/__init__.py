"""The mailbox worklist screen (issue 20): requests from the office's mailbox."""
