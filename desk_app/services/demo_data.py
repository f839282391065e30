"""The office's reference data and the names used for a demo day (data, not logic)."""

from __future__ import annotations

SERVICE_POINTS = [
    # code, name, prefix, restrict_search, counters, address
    ("BI", "DLZ Bürgerdienste International", "I", False, 6, "Ludwigstraße 3, Erdgeschoss"),
    ("EU", "EU-Angelegenheiten", "E", False, 3, "Ludwigstraße 3, 1. Stock"),
    ("VISA", "DLZ Visa-Angelegenheiten, ausländische Studierende & Fachkräfte", "V", False, 4,
     "Ludwigstraße 3, 2. Stock"),
    ("EINB", "Einbürgerung und Staatsangehörigkeit", "S", False, 3, "Ludwigstraße 5, 1. Stock"),
    ("HUM", "Aufenthalte aus humanitären Gründen", "H", False, 3, "Ludwigstraße 5, 2. Stock"),
    ("ASYL", "Städtische Asylstelle", "A", True, 2, "Ludwigstraße 7, Erdgeschoss"),
    ("AB", "Aufenthaltsbeendigung", "B", True, 2, "Ludwigstraße 7, 1. Stock"),
]
# Display names of the clerks, per service point in the order above.
CLERK_NAMES = [
    ["Frau Albrecht", "Herr Bauer", "Frau Çakır", "Herr Dietrich", "Frau Engel", "Herr Fuchs"],
    ["Frau Graf", "Herr Hahn", "Frau Ilić"],
    ["Herr Jung", "Frau Kaiser", "Herr Lang", "Frau Meier"],
    ["Frau Nowak", "Herr Otto", "Frau Peters"],
    ["Herr Quast", "Frau Richter", "Herr Said"],
    ["Frau Thiel", "Herr Ulrich"],
    ["Frau Vogel", "Herr Winter"],
]
RECEPTION = ("INFO", "Infotheke (Zentrale Anmeldung)", "R", "Ludwigstraße 3, Foyer")
OPENING_HOURS = "Mo, Di, Do 7:30–12:00 und 13:00–15:30 · Mi, Fr 7:30–12:00"

PASSPORT = "Gültiger Reisepass"
PHOTO = "Ein aktuelles biometrisches Passfoto"
SERVICES = [
    # code, name, minutes, what to bring, fee code, service points
    ("AT", "Erteilung/Verlängerung Aufenthaltstitel", 30,
     [PASSPORT, PHOTO, "Aktueller Aufenthaltstitel", "Nachweis über Einkommen",
      "Mietvertrag oder Wohnungsgeberbestätigung", "Nachweis Krankenversicherung"],
     "AT_EXT_OVER3", ("BI", "EU", "VISA", "HUM")),
    ("EAT", "Ausgabe eAT", 10,
     [PASSPORT, "Bisheriger eAT oder Fiktionsbescheinigung", "PIN-Brief",
      "Vollmacht, falls eine andere Person abholt"], None, ("BI", "EU", "VISA", "HUM")),
    ("RA", "Ausgabe Reiseausweis", 10, [PASSPORT, "Abholschein"], None, ("HUM", "ASYL")),
    ("VE", "Verpflichtungserklärung", 20,
     [PASSPORT, "Einkommensnachweise der letzten 3 Monate", "Mietvertrag",
      "Angaben zur eingeladenen Person (Name, Geburtsdatum, Passnummer)"], "OTHER_CERT",
     ("BI",)),
    ("BE", "Beschäftigungserlaubnis", 20,
     [PASSPORT, "Arbeitsvertrag oder Stellenbeschreibung", "Aktuelles Aufenthaltsdokument"],
     None, ("HUM", "ASYL", "VISA")),
    ("DU", "Duldung", 20, [PASSPORT, "Bisherige Duldung"], None, ("HUM", "AB")),
    ("AN", "Anmeldung/Wiederanmeldung", 15, [PASSPORT, "Wohnungsgeberbestätigung"], None,
     ("BI", "EU")),
    ("EV", "Einreiseverfahren", 30, [PASSPORT, "Visum", "Vorabzustimmung, falls vorhanden"],
     None, ("VISA",)),
    ("AP", "Aufnahmeprogramme", 30, [PASSPORT, "Aufnahmezusage"], None, ("HUM",)),
    ("EB", "Einbürgerungsantrag", 45,
     [PASSPORT, "Geburtsurkunde", "Sprachzertifikat B1", "Einbürgerungstest",
      "Nachweise über Einkommen"], None, ("EINB",)),
]

# Family and given names by origin, so that a demo family reads like a real one.
NAMES_BY_ORIGIN = {
    "de": (["Müller", "Schmidt", "Schneider", "Weiß", "Groß"], ["Anna", "Lukas", "Jürgen", "Sophie"]),
    "tr": (["Yılmaz", "Öztürk", "Demir", "Şahin", "Çelik"], ["Mehmet", "Ayşe", "Emre", "Gül", "Barış"]),
    "vi": (["Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Hoàng"],
           ["Thị Ánh Tuyết", "Văn Minh", "Quốc Bảo", "Thu Hằng", "Đức Anh"]),
    "uk": (["Kovalenko", "Шевченко", "Bondarenko", "Кузьменко"], ["Olena", "Тарас", "Оксана", "Andrij"]),
    "ru": (["Petrov", "Иванов", "Кузнецова", "Ivanova"], ["Dmitri", "Сергей", "Мария", "Natalia"]),
    "ar": (["Al-Hassan", "محمد", "العلي", "حسن", "Haddad", "Mahmoud"],
           ["Ahmad", "فاطمة", "علي", "Layla", "Mohammed", "Yasmin"]),
    "fa": (["Ahmadi", "Hosseini", "Karimi", "Rahimi", "رضایی"], ["Zahra", "Reza", "Hamid", "Sara", "مریم"]),
    "ro": (["Popescu", "Ionescu"], ["Ioana", "Andrei"]),
    "pl": (["Kowalski", "Nowak-Wiśniewska"], ["Piotr", "Małgorzata"]),
    "es": (["García Márquez", "Ferreira da Silva"], ["José Luis", "João", "María José"]),
    "it": (["Rossi", "Esposito"], ["Giulia", "Marco"]),
    "fr": (["Dubois", "Lefèvre"], ["Amélie", "François"]),
    "ie": (["O'Connor", "Ó Súilleabháin"], ["Siobhán", "Dónall"]),
    "zh": (["Zhang", "Wang", "张"], ["Wei", "Xiaoming", "伟"]),
    "ja": (["Nakamura", "佐藤"], ["Yuki", "花子"]),
    "ko": (["Kim", "김"], ["Ji-woo", "민준"]),
    "ng": (["Okafor", "Abdullahi"], ["Chidi", "Fatuma"]),
    "balkan": (["Jovanović", "Gashi", "Berisha"], ["Milica", "Arben", "Dritëro"]),
    "gr": (["Papadopoulos", "Παπαδόπουλος"], ["Nikos", "Ελένη"]),
}
ORIGIN_NATIONALITY = {
    "de": None, "tr": "TUR", "vi": "VNM", "uk": "UKR", "ru": "RUS", "ar": "SYR", "fa": "AFG",
    "ro": "ROU", "pl": "POL", "es": "BRA", "it": "ITA", "fr": "FRA", "ie": "IRL", "zh": "CHN",
    "ja": "JPN", "ko": "KOR", "ng": "NGA", "balkan": "XKX", "gr": "GRC",
}
ORIGIN_LANGUAGE = {"tr": "tr", "uk": "uk", "ru": "ru", "ar": "ar", "fa": "fa", "de": "de"}
ORIGIN_WEIGHTS = {"tr": 8, "ar": 8, "uk": 7, "vi": 4, "fa": 5, "ru": 3, "ro": 3, "pl": 2,
                  "de": 1, "es": 2, "it": 1, "fr": 1, "ie": 1, "zh": 2, "ja": 1, "ko": 1,
                  "ng": 2, "balkan": 3, "gr": 1}

# single names (mononyms), very long names, names with apostrophes and hyphens
SPECIAL_PEOPLE = [
    ("Sukarno", ""),
    ("Wolfeschlegelsteinhausenbergerdorff-Schmidt von Hohenzollern-Sigmaringen",
     "Hubert Blaine Maximilian Alexander"),
    ("D'Alessandro-Ní Bhriain", "Marie-Claire"),
    ("bin Abdulrahman Al-Saud", "Muhammad Abdullah Faisal"),
    ("Ó Súilleabháin", "Dónall"),
    ("Nguyễn Phúc", "Bửu Chánh"),
]
