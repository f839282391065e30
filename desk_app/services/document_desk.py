"""The facade of the document orders for the UI (the pickup desk and the order dialog):
each call runs one use case of services/document_orders.py in a session of its own
through the Desk's plumbing (retries, DatabaseUnavailable). Widgets never pass service
functions or open sessions themselves."""

from __future__ import annotations

from typing import Iterable, Sequence

from desk_app.domain.document_orders import DocType
from desk_app.printing.data import DocumentType, HandoverConfirmationData, PickupSlipData

from . import document_orders as orders
from .desk import Desk
from .document_order_views import ENTITY, DocumentOrderView, parse_scan
from .document_orders import ArrivalBatchResult

__all__ = ["ENTITY", "ArrivalBatchResult", "DocumentDesk", "DocumentOrderView", "parse_scan"]


class DocumentDesk:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    @property
    def ctx(self):
        return self.desk.ctx

    @property
    def read_only(self) -> bool:
        return bool(getattr(self.desk, "read_only", False))

    # -- reading -------------------------------------------------------------------------
    @staticmethod
    def parse_scan(text: str | None) -> str:
        """The reference in scanner input, checked before any database (DomainError)."""
        return parse_scan(text)

    async def pending(self, service_point_id: int) -> list[DocumentOrderView]:
        """The open orders to be collected at a service point, arrived first."""
        return await self.desk.read(orders.pending_at_service_point, service_point_id)

    async def find_by_scan(self, reference: str) -> DocumentOrderView:
        return await self.desk.read(orders.find_by_scan, reference)

    async def orders_by_id(self, ids: Iterable[int]
                           ) -> tuple[list[DocumentOrderView], list[int]]:
        """The orders with these ids in one query: (views, ids not found)."""
        return await self.desk.read(orders.orders_by_id, list(ids))

    async def orders_for_applicant(self, applicant_id: int) -> list[DocumentOrderView]:
        return await self.desk.read(orders.orders_for_applicant, applicant_id)

    async def pickup_slip_data(self, order_id: int, *, office_name: str = "",
                               copy: bool = False) -> PickupSlipData:
        return await self.desk.read(orders.pickup_slip_data, order_id,
                                    office_name=office_name, copy=copy)

    async def handover_data(self, order_id: int, *,
                            office_name: str = "") -> HandoverConfirmationData:
        return await self.desk.read(orders.handover_data, order_id, office_name=office_name)

    # -- writing -------------------------------------------------------------------------
    async def order_document(self, *, key: str, applicant_id: int,
                             doc_type: DocType | DocumentType | str,
                             collect_service_point_id: int,
                             entry_id: int | None = None) -> DocumentOrderView:
        return await self.desk.write(orders.order_document, self.ctx, key=key,
                                     applicant_id=applicant_id, doc_type=doc_type,
                                     collect_service_point_id=collect_service_point_id,
                                     entry_id=entry_id)

    async def mark_arrived(self, order_id: int, *, key: str,
                           expected_version: int | None = None) -> DocumentOrderView:
        return await self.desk.write(orders.mark_arrived, self.ctx, order_id, key=key,
                                     expected_version=expected_version)

    async def mark_arrived_batch(self, references: Sequence[str], *,
                                 key: str) -> ArrivalBatchResult:
        return await self.desk.write(orders.mark_arrived_batch, self.ctx, list(references),
                                     key=key)

    async def hand_out(self, order_id: int, *, key: str, expected_version: int | None = None,
                       collected_by: str | None = None, power_of_attorney: bool = False,
                       by_parent: bool = False) -> DocumentOrderView:
        return await self.desk.write(orders.hand_out, self.ctx, order_id, key=key,
                                     expected_version=expected_version,
                                     collected_by=collected_by,
                                     power_of_attorney=power_of_attorney, by_parent=by_parent)
