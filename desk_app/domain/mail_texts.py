"""The e-mails the office sends back (issue 20): German first, then the applicant's language.
Plain text only; user data is inserted as text, never as markup."""

from __future__ import annotations

from .mail_requests import reply_token

_MISSING = {
    "de": ("Guten Tag,\n\nfür Ihre Terminanfrage fehlen uns noch folgende Angaben:\n{items}\n\n"
           "Bitte antworten Sie auf diese E-Mail und lassen Sie den Betreff unverändert.\n\n"
           "Mit freundlichen Grüßen\nIhre Ausländerbehörde"),
    "en": ("Hello,\n\nto answer your appointment request we still need:\n{items}\n\n"
           "Please reply to this e-mail and keep the subject line."),
    "tr": ("Merhaba,\n\nrandevu talebiniz için şu bilgiler eksik:\n{items}\n\n"
           "Lütfen bu e-postayı konu satırını değiştirmeden yanıtlayın."),
    "ar": ("مرحبًا،\n\nلطلب الموعد الخاص بك نحتاج إلى المعلومات التالية:\n{items}\n\n"
           "يرجى الرد على هذا البريد دون تغيير الموضوع."),
    "ru": ("Здравствуйте!\n\nДля вашего запроса на приём не хватает следующих данных:\n{items}\n\n"
           "Пожалуйста, ответьте на это письмо, не меняя тему."),
    "uk": ("Добрий день!\n\nДля вашого запиту на прийом бракує таких даних:\n{items}\n\n"
           "Будь ласка, дайте відповідь на цей лист, не змінюючи тему."),
    "fa": ("با سلام،\n\nبرای درخواست نوبت شما این اطلاعات لازم است:\n{items}\n\n"
           "لطفاً به این ایمیل پاسخ دهید و موضوع را تغییر ندهید."),
}

FIELD_NAMES = {
    "de": {"name": "Vor- und Nachname", "birth_date": "Geburtsdatum",
           "file_number": "Aktenzeichen", "nationality": "Staatsangehörigkeit"},
    "en": {"name": "first and last name", "birth_date": "date of birth",
           "file_number": "file number (Aktenzeichen)", "nationality": "nationality"},
    "tr": {"name": "ad ve soyad", "birth_date": "doğum tarihi",
           "file_number": "dosya numarası (Aktenzeichen)", "nationality": "uyruk"},
    "ar": {"name": "الاسم الأول واسم العائلة", "birth_date": "تاريخ الميلاد",
           "file_number": "رقم الملف (Aktenzeichen)", "nationality": "الجنسية"},
    "ru": {"name": "имя и фамилия", "birth_date": "дата рождения",
           "file_number": "номер дела (Aktenzeichen)", "nationality": "гражданство"},
    "uk": {"name": "ім'я та прізвище", "birth_date": "дата народження",
           "file_number": "номер справи (Aktenzeichen)", "nationality": "громадянство"},
    "fa": {"name": "نام و نام خانوادگی", "birth_date": "تاریخ تولد",
           "file_number": "شماره پرونده (Aktenzeichen)", "nationality": "تابعیت"},
}

_CONFIRM = {
    "de": ("Guten Tag,\n\nIhr Termin: {when}\nOrt: {where}\n\nDie Terminbestätigung (PDF) und "
           "einen Kalendereintrag (.ics) finden Sie im Anhang.\n\nMit freundlichen Grüßen\n"
           "Ihre Ausländerbehörde"),
    "en": "Hello,\n\nyour appointment: {when}\nPlace: {where}\n\nThe confirmation (PDF) and a "
          "calendar entry (.ics) are attached.",
    "tr": "Merhaba,\n\nrandevunuz: {when}\nYer: {where}\n\nOnay belgesi (PDF) ve takvim "
          "kaydı (.ics) ektedir.",
    "ar": "مرحبًا،\n\nموعدك: {when}\nالمكان: {where}\n\nتجد التأكيد (PDF) وملف التقويم (.ics) في المرفقات.",
    "ru": "Здравствуйте!\n\nВаш приём: {when}\nМесто: {where}\n\nПодтверждение (PDF) и "
          "файл календаря (.ics) во вложении.",
    "uk": "Добрий день!\n\nВаш прийом: {when}\nМісце: {where}\n\nПідтвердження (PDF) і "
          "файл календаря (.ics) у вкладенні.",
    "fa": "با سلام،\n\nنوبت شما: {when}\nمکان: {where}\n\nتأیید (PDF) و فایل تقویم (.ics) پیوست است.",
}

SEPARATOR = "\n\n— — —\n\n"


def missing_reply(request_id: int, missing: tuple[str, ...], language: str) -> tuple[str, str]:
    """(subject, body) asking for exactly the missing fields."""
    subject = f"Ihre Terminanfrage: fehlende Angaben {reply_token(request_id)}"
    parts = []
    for lang in dict.fromkeys(("de", language if language in _MISSING else "de")):
        items = "\n".join(f"- {FIELD_NAMES[lang][f]}" for f in missing)
        parts.append(_MISSING[lang].format(items=items))
    return subject, SEPARATOR.join(parts)


def confirmation_mail(request_id: int, *, when: str, where: str,
                      language: str) -> tuple[str, str]:
    subject = f"Ihr Termin bei der Ausländerbehörde {reply_token(request_id)}"
    parts = [_CONFIRM[lang].format(when=when, where=where)
             for lang in dict.fromkeys(("de", language if language in _CONFIRM else "de"))]
    return subject, SEPARATOR.join(parts)


def booking_confirmation_mail(*, when: str, where: str, reference: str,
                              language: str) -> tuple[str, str]:
    """(subject, body) of a booking's confirmation sent from the counter (issue 15): the
    same text as the answer to a request, with the booking reference in the subject."""
    subject = "Ihr Termin bei der Ausländerbehörde" + (f" ({reference})" if reference else "")
    parts = [_CONFIRM[lang].format(when=when, where=where)
             for lang in dict.fromkeys(("de", language if language in _CONFIRM else "de"))]
    return subject, SEPARATOR.join(parts)
