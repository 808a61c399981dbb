#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Pigeon developers
"""Writes the sample mail of `./run.sh --demo` into mail/*.eml.

The messages are committed; this script is how they were made and how to change them.
Everything is encoded as real mail clients do it: RFC 2047 encoded words in headers,
quoted-printable or base64 bodies, UTF-8 and one legacy charset (KOI8-R), a
multipart/alternative HTML message and a multipart/mixed one with a PDF attachment.
"""
import datetime
import email.policy
import email.utils
import os
from email.headerregistry import Address
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
ME = Address("Dana Demo", "demo", "pigeon.example")
POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)


def tz(hours, minutes=0):
    return datetime.timezone(datetime.timedelta(hours=hours, minutes=minutes))


def message(sender, subject, when, msgid, to=ME, **headers):
    m = EmailMessage(policy=POLICY)
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = email.utils.format_datetime(when)
    m["Message-ID"] = f"<{msgid}>"
    for name, value in headers.items():
        m[name.replace("_", "-")] = value
    return m


def tiny_pdf(lines):
    """A valid one-page PDF with some text, written by hand (no PDF library needed)."""
    text = "BT /F1 14 Tf 72 760 Td 18 TL " + " ".join(f"({l}) '" for l in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(text)} >>\nstream\n{text}\nendstream",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def build():
    msgs = {}

    m = message(Address("The Pigeon team", "team", "pigeon.example"), "Welcome to Pigeon",
                datetime.datetime(2026, 11, 2, 9, 15, tzinfo=tz(0)), "welcome.1@pigeon.example")
    m.set_content(
        "Hi Dana,\n\n"
        "welcome to Pigeon! This mailbox lives on a small private server that ./run.sh --demo\n"
        "started for you on this computer, so nothing here leaves your machine.\n\n"
        "A few things to try:\n"
        "  * read messages in English, Polish, Russian and Persian;\n"
        "  * start Pigeon with --lang fa to see the whole window mirrored right to left;\n"
        "  * open the Polish invoice, which carries a PDF attachment.\n\n"
        "Happy reading,\n"
        "The Pigeon team\n")
    msgs["01-welcome.eml"] = m

    m = message(Address("Pigeon developers", "pigeon-dev", "lists.pigeon.example"),
                "[pigeon-dev] Release plan for 0.2",
                datetime.datetime(2026, 11, 10, 16, 42, tzinfo=tz(-5)), "release-0.2@lists.pigeon.example",
                to=Address("Pigeon developers", "pigeon-dev", "lists.pigeon.example"),
                List_Id="Pigeon development <pigeon-dev.lists.pigeon.example>",
                List_Unsubscribe="<mailto:pigeon-dev-leave@lists.pigeon.example>")
    m.set_content(
        "Hello all,\n\n"
        "here is the plan for 0.2, due in the first week of December:\n\n"
        "1. IMAP IDLE, so new mail shows up without polling (RFC 2177).\n"
        "2. The account wizard, with autoconfiguration for the common providers.\n"
        "3. Search across all folders, backed by the SQLite index.\n\n"
        "Translations freeze on November 28. If you translate Pigeon into Polish, Russian\n"
        "or Persian, please check the new strings before then.\n\n"
        "-- \n"
        "Oliver Grant\n"
        "Pigeon release manager\n")
    msgs["02-release-plan.eml"] = m

    m = message(Address("Hannah Becker", "hannah.becker", "example.com"), "Budget for the offsite (spreadsheet attached)",
                datetime.datetime(2026, 11, 18, 11, 3, tzinfo=tz(1)), "budget-offsite-7731@example.com")
    m.set_content(
        "Dana,\n\n"
        "attached is the budget for the team offsite in Gdańsk. The venue is confirmed;\n"
        "travel is the only open item. Could you check the numbers by Friday?\n\n"
        "Thanks,\nHannah\n")
    csv = ("item,persons,unit cost (EUR),total (EUR)\n"
           "venue,14,55.00,770.00\n"
           "lunch,14,18.50,259.00\n"
           "train tickets,9,42.00,378.00\n"
           "flights,5,129.00,645.00\n"
           "total,,,2052.00\n")
    m.add_attachment(csv.encode("utf-8"), maintype="text", subtype="csv", filename="offsite-budget.csv")
    msgs["03-budget-attachment.eml"] = m

    m = message(Address("Zofia Wójcik", "zofia.wojcik", "przyklad.pl"), "Spotkanie w czwartek – zmiana sali",
                datetime.datetime(2026, 11, 19, 8, 27, tzinfo=tz(1)), "spotkanie-czwartek.4412@przyklad.pl")
    m.set_content(
        "Cześć Dano,\n\n"
        "czwartkowe spotkanie zespołu przenosimy do sali 214 na drugim piętrze, bo w naszej\n"
        "trwa wymiana rzutnika. Godzina bez zmian: 10:00.\n\n"
        "Przynieś, proszę, wydruk planu na grudzień – omówimy go na początku.\n\n"
        "Pozdrawiam serdecznie\n"
        "Zofia\n", charset="utf-8", cte="quoted-printable")
    msgs["04-pl-spotkanie.eml"] = m

    m = message(Address("Biuro Rachunkowe Żuraw", "faktury", "zuraw-ksiegowosc.pl"),
                "Faktura nr 2026/11/042 za usługi księgowe – listopad",
                datetime.datetime(2026, 11, 20, 14, 5, tzinfo=tz(1)), "faktura-2026-11-042@zuraw-ksiegowosc.pl")
    m.set_content(
        "Szanowna Pani,\n\n"
        "w załączniku przesyłamy fakturę nr 2026/11/042 za usługi księgowe w listopadzie.\n"
        "Kwota do zapłaty: 1 230,00 zł, termin płatności: 4 grudnia 2026 r.\n\n"
        "Z poważaniem\n"
        "Biuro Rachunkowe Żuraw sp. z o.o.\n"
        "ul. Długa 17, 80-831 Gdańsk\n", charset="utf-8", cte="quoted-printable")
    pdf = tiny_pdf(["Faktura nr 2026/11/042", "Uslugi ksiegowe - listopad 2026",
                    "Do zaplaty: 1230,00 PLN", "Termin platnosci: 2026-12-04"])
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="faktura-2026-11-042.pdf")
    msgs["05-pl-faktura-pdf.eml"] = m

    m = message(Address("Дмитрий Соколов", "d.sokolov", "primer.ru"), "Отчёт о поездке в Казань",
                datetime.datetime(2026, 11, 16, 19, 48, tzinfo=tz(3)), "otchet-kazan-20261116@primer.ru")
    m.set_content(
        "Дана, добрый вечер!\n\n"
        "Коротко о поездке в Казань. Встреча с партнёрами прошла хорошо: договорились\n"
        "о пилотном проекте на три месяца, старт — с 1 декабря. Подробный отчёт и\n"
        "смету пришлю до конца недели.\n\n"
        "Отдельное спасибо за бронирование гостиницы — всё было отлично.\n\n"
        "С уважением,\n"
        "Дмитрий\n", charset="utf-8", cte="base64")
    msgs["06-ru-otchet.eml"] = m

    m = message(Address("Ольга Петрова", "olga.petrova", "primer.ru"), "Re: Билеты на концерт",
                datetime.datetime(2026, 11, 21, 12, 10, tzinfo=tz(3)), "re-bilety-5521@primer.ru",
                In_Reply_To="<bilety-koncert-5520@pigeon.example>",
                References="<bilety-koncert-5520@pigeon.example>")
    # KOI8-R: still what some Russian mail clients and lists send.
    m.set_content(
        "Привет!\n\n"
        "Да, в субботу я свободна. Бери два билета в партер, если останутся,\n"
        "иначе - на балкон, мне без разницы. Встретимся у входа в 18:30?\n\n"
        "Оля\n\n"
        "> Есть билеты на субботний концерт в филармонии. Пойдёшь?\n", charset="koi8-r", cte="quoted-printable")
    msgs["07-ru-bilety-koi8r.eml"] = m

    m = message(Address("مریم احمدی", "maryam.ahmadi", "example.ir"), "جلسهٔ هفتهٔ آینده",
                datetime.datetime(2026, 11, 17, 10, 30, tzinfo=tz(3, 30)), "jalase-1405-09-05@example.ir")
    m.set_content(
        "سلام دانا جان،\n\n"
        "جلسهٔ هفتهٔ آینده روز سه‌شنبه ۱۱ آذر ساعت ۱۰ صبح در دفتر مرکزی برگزار می‌شود.\n"
        "لطفاً گزارش پیشرفت پروژه را تا دوشنبه برایم بفرست تا پیش از جلسه مرورش کنم.\n\n"
        "ممنون،\n"
        "مریم\n", charset="utf-8", cte="base64")
    msgs["08-fa-jalase.eml"] = m

    m = message(Address("کتابخانهٔ شهر", "library", "ketabkhaneh.example.ir"), "خبرنامهٔ آذر: کتاب‌های تازه",
                datetime.datetime(2026, 11, 21, 9, 0, tzinfo=tz(3, 30)), "khabarnameh-azar-1405@ketabkhaneh.example.ir")
    m.set_content(
        "خبرنامهٔ آذر ۱۴۰۵\n\n"
        "کتاب‌های تازه در قفسه‌ها:\n"
        "- «بوف کور» از صادق هدایت (چاپ تازه)\n"
        "- «سووشون» از سیمین دانشور\n"
        "- «کلیدر» از محمود دولت‌آبادی، جلد اول\n\n"
        "ساعت کار کتابخانه در آذر: شنبه تا چهارشنبه، ۸ تا ۲۰.\n", charset="utf-8", cte="base64")
    m.add_alternative(
        "<!DOCTYPE html>\n<html lang=\"fa\" dir=\"rtl\">\n<head><meta charset=\"utf-8\">"
        "<title>خبرنامهٔ آذر</title></head>\n"
        "<body style=\"font-family: Vazirmatn, 'Noto Sans Arabic', sans-serif; line-height: 1.7\">\n"
        "<h1 style=\"color:#3d4f66\">خبرنامهٔ آذر ۱۴۰۵</h1>\n"
        "<p>کتاب‌های تازه در قفسه‌ها:</p>\n<ul>\n"
        "<li><b>بوف کور</b> از صادق هدایت (چاپ تازه)</li>\n"
        "<li><b>سووشون</b> از سیمین دانشور</li>\n"
        "<li><b>کلیدر</b> از محمود دولت‌آبادی، جلد اول</li>\n</ul>\n"
        "<p style=\"color:#666\">ساعت کار کتابخانه در آذر: شنبه تا چهارشنبه، ۸ تا ۲۰.</p>\n"
        "</body>\n</html>\n", subtype="html", charset="utf-8", cte="quoted-printable")
    msgs["09-fa-khabarnameh-html.eml"] = m

    m = message(Address("Marek Kowalski", "marek.kowalski", "przyklad.pl"), "Zdjęcia z wycieczki do Zakopanego",
                datetime.datetime(2026, 11, 22, 7, 55, tzinfo=tz(1)), "zakopane-zdjecia-88@przyklad.pl",
                Cc=Address("Zofia Wójcik", "zofia.wojcik", "przyklad.pl"))
    m.set_content(
        "Hej!\n\n"
        "Wrzuciłem zdjęcia z Zakopanego na nasz wspólny dysk, do folderu „Tatry 2026”.\n"
        "Najładniejsze są te z Kasprowego – pogoda dopisała, widać było aż po Słowację.\n\n"
        "Daj znać, które chcesz wydrukować do kalendarza.\n\n"
        "Marek\n", charset="utf-8", cte="8bit")
    msgs["10-pl-zakopane-8bit.eml"] = m
    return msgs


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.endswith(".eml"):
            os.remove(os.path.join(OUT, name))
    for name, m in build().items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(m.as_bytes(policy=POLICY))
    print(f"wrote {len(build())} messages to {OUT}")


if __name__ == "__main__":
    main()
