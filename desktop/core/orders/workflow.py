"""The seller's own workflow status, and its first value derived from the marketplace's status."""

from __future__ import annotations

import re
from datetime import datetime

WORKFLOW_STATUSES = ("to_pack", "packed", "shipped", "delivered", "problem", "closed")

_CLOSED = re.compile(
    r"cancel|refund|return|void|取消|关闭|關閉|退款|退货|ยกเลิก|คืน|dibatalkan|batal|hủy|hoàn tiền|hoàn hàng|trả hàng|anulad|reembolso|devoluci|devolvid|storniert|취소|반품",
    re.I,
)
_DELIVERED = re.compile(
    r"deliver|complete|received|订单结束|已完成|完成|已签收|已簽收|entregad|recibid|สำเร็จ|จัดส่งสำเร็จ|selesai|đã giao|hoàn thành|concluíd",
    re.I,
)
_SHIPPED = re.compile(
    r"ship(ped|ping)|in transit|fulfilled|transit|已发货|已發貨|运输|運送中|等待买家收货|en camino|despachad|enviad|กำลังจัดส่ง|dikirim|đang giao",
    re.I,
)
_TO_PACK = re.compile(
    r"to ship|unshipped|unfulfilled|awaiting|pending|ready|paid|等待您发货|待发货|待出貨|etiqueta|por enviar|ที่ต้องจัดส่ง|perlu dikirim|chờ",
    re.I,
)


def derive_workflow(
    status: str | None, shipped_at: datetime | None, delivered_at: datetime | None
) -> str:
    text = (status or "").strip()
    # Order matters: "Unfulfilled" contains "fulfilled", "To ship" contains "ship".
    if text:
        if _CLOSED.search(text):
            return "closed"
        if _TO_PACK.search(text):
            return "to_pack"
        if _DELIVERED.search(text):
            return "delivered"
        if _SHIPPED.search(text):
            return "shipped"
    if delivered_at:
        return "delivered"
    if shipped_at:
        return "shipped"
    return "to_pack"
