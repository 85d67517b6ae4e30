"""The buyer-facing words of the in-box packing list, per language, chosen from the country.

Kept here (not in the reply templates) so the packing list works on its own; the strings are
short on purpose: a few words a buyer reads while opening the parcel."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.replies.language import language_for


@dataclass(frozen=True)
class BuyerWords:
    language: str
    title: str
    thanks: str
    item: str
    quantity: str
    order: str


_WORDS: dict[str, BuyerWords] = {
    w.language: w
    for w in (
        BuyerWords("en", "Packing list", "Thank you for your order! If anything is not right, please message us first and we will make it right.", "Item", "Qty", "Order"),
        BuyerWords("es", "Contenido del paquete", "¡Gracias por tu compra! Si algo no está bien, escríbenos primero y lo solucionaremos.", "Artículo", "Cant.", "Pedido"),
        BuyerWords("pt", "Conteúdo do pacote", "Obrigado pela sua compra! Se algo não estiver certo, fale conosco primeiro e nós resolveremos.", "Item", "Qtd.", "Pedido"),
        BuyerWords("fr", "Contenu du colis", "Merci pour votre commande ! Si quelque chose ne va pas, contactez-nous d'abord et nous trouverons une solution.", "Article", "Qté", "Commande"),
        BuyerWords("de", "Packliste", "Vielen Dank für Ihre Bestellung! Falls etwas nicht stimmt, schreiben Sie uns bitte zuerst – wir finden eine Lösung.", "Artikel", "Menge", "Bestellung"),
        BuyerWords("nl", "Paklijst", "Hartelijk dank voor uw bestelling! Is er iets niet in orde? Stuur ons dan eerst een bericht, dan lossen we het op.", "Artikel", "Aantal", "Bestelling"),
        BuyerWords("it", "Contenuto del pacco", "Grazie per il tuo ordine! Se qualcosa non va, contattaci prima e troveremo una soluzione.", "Articolo", "Q.tà", "Ordine"),
        BuyerWords("zh_CN", "装箱清单", "感谢您的购买！如有任何问题，请先联系我们，我们会尽快为您解决。", "商品", "数量", "订单"),
        BuyerWords("zh_TW", "裝箱清單", "感謝您的購買！如有任何問題，請先聯絡我們，我們會盡快為您處理。", "商品", "數量", "訂單"),
        BuyerWords("ja", "内容明細", "ご注文ありがとうございます！万一問題がございましたら、まずはご連絡ください。誠意をもって対応いたします。", "商品", "数量", "注文番号"),
        BuyerWords("ko", "포장 내역", "주문해 주셔서 감사합니다! 문제가 있으시면 먼저 연락해 주세요. 신속히 해결해 드리겠습니다.", "상품", "수량", "주문"),
        BuyerWords("th", "รายการสินค้าในกล่อง", "ขอบคุณที่สั่งซื้อสินค้ากับเรา! หากมีปัญหาใด ๆ กรุณาติดต่อเราก่อน เรายินดีช่วยแก้ไขให้", "สินค้า", "จำนวน", "คำสั่งซื้อ"),
        BuyerWords("vi", "Danh sách hàng trong kiện", "Cảm ơn bạn đã đặt hàng! Nếu có vấn đề gì, vui lòng liên hệ với chúng tôi trước, chúng tôi sẽ giải quyết ngay.", "Sản phẩm", "SL", "Đơn hàng"),
        BuyerWords("id", "Daftar isi paket", "Terima kasih atas pesanan Anda! Jika ada masalah, silakan hubungi kami terlebih dahulu, kami akan segera membantu.", "Barang", "Jml", "Pesanan"),
        BuyerWords("ms", "Senarai kandungan", "Terima kasih atas pesanan anda! Jika ada sebarang masalah, sila hubungi kami dahulu dan kami akan membantu.", "Barang", "Kuantiti", "Pesanan"),
        BuyerWords("ru", "Содержимое посылки", "Спасибо за заказ! Если что-то не так, пожалуйста, сначала напишите нам — мы всё исправим.", "Товар", "Кол-во", "Заказ"),
        BuyerWords("ar", "محتويات الطرد", "شكرًا لطلبك! إذا كانت هناك أي مشكلة، يرجى التواصل معنا أولًا وسنقوم بحلها.", "المنتج", "الكمية", "الطلب"),
    )
}  # fmt: skip

LANGUAGES: tuple[str, ...] = tuple(_WORDS)

def buyer_language(
    country: str | None, region: str = "", postcode: str = "", buyer_name: str = ""
) -> str:
    """The language the buyer reads, chosen as the reply composer chooses it (country, region,
    script of the name), among the languages above; English when none fits."""
    return language_for(
        country or None, available=LANGUAGES, region=region or None,
        postcode=postcode or None, buyer_name=buyer_name or None,
    )  # fmt: skip


def words_for(language: str) -> BuyerWords:
    return _WORDS.get(language) or _WORDS["en"]
