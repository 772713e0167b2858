#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reading dates the way people in the programme write them.
extension CalendarDate {
  /// The month names accepted in dates, Indonesian and English, full and abbreviated.
  static let monthNames: [String: Int] = [
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "agt": 8, "aug": 8, "ags": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
  ]

  /// The Indonesian month names, for printing dates as "20 Mei 2021".
  public static let indonesianMonths = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
  ]

  /// The date as Indonesians write it in prose: "20 Mei 2021".
  public var indonesianText: String {
    "\(day) \(Self.indonesianMonths[month - 1]) \(year)"
  }

  /// The weekday names a dateline may start with, Indonesian and English: 1 is Monday.
  static let weekdayNames: [String: Int] = [
    "senin": 1, "selasa": 2, "rabu": 3, "kamis": 4, "jumat": 5, "jum'at": 5, "sabtu": 6, "minggu": 7, "ahad": 7,
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
  ]

  /// The day of the week, 1 (Monday) to 7 (Sunday).
  public var weekday: Int {
    // Days since 1970-01-01 (a Thursday), by the civil-from-days algorithm's inverse.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    let days = era * 146_097 + dayOfEra - 719_468
    return ((days % 7 + 7) % 7 + 3) % 7 + 1
  }

  /// Parses a date as typed by a person: `2021-05-20`, day-first `20/05/2021` or `21/4/2022`
  /// (also with `-` or `.`), or `20 Mei 2021` / `21 April 2022` / `20 May 2021`, each with an
  /// optional weekday before it as the press writes datelines: `Kamis (21/4/2022)`,
  /// `Kamis, 21 April 2022`, `Thursday 21 April 2022`, and the dateline's city before them:
  /// `Jakarta, Kamis (20/5/2021)`. A weekday that does not match the date is refused, naming the
  /// right one.
  ///
  /// Day-first is the only numeric order accepted besides ISO, because that is how dates are
  /// written in Indonesia; two-digit years and unpadded ISO dates are refused as ambiguous.
  public static func parse(_ input: String) throws(DateInputError) -> CalendarDate {
    var text = input.trimmingSpaces
    guard !text.isEmpty else { throw .empty }
    // A dateline opens with its city: "Jakarta, Kamis (20/5/2021)", "Kota Bekasi, 21 April
    // 2022". Words before a comma that are no weekday are the place; the date follows.
    if let comma = text.firstIndex(of: ","), case let place = text[..<comma],
      place.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." || $0 == "-" }),
      weekdayNames[place.lowercased()] == nil, monthNames[place.lowercased()] == nil
    {
      let rest = String(text[text.index(after: comma)...]).trimmingSpaces
      if !rest.isEmpty { text = rest }
    }
    if let (weekday, rest) = splitWeekday(text) {
      let date = try parseDay(rest)
      guard date.weekday == weekday else { throw .wrongWeekday(date, given: weekday) }
      return date
    }
    return try parseDay(text)
  }

  /// A leading weekday and what follows it, unwrapped from parentheses: "Kamis (21/4/2022)".
  static func splitWeekday(_ text: String) -> (Int, String)? {
    let word = text.prefix { $0.isLetter || $0 == "'" }
    guard let weekday = weekdayNames[word.lowercased()] else { return nil }
    var rest = String(text.dropFirst(word.count)).trimmingSpaces
    if rest.hasPrefix(",") { rest = String(rest.dropFirst()).trimmingSpaces }
    if rest.hasPrefix("(") && rest.hasSuffix(")") {
      rest = String(rest.dropFirst().dropLast()).trimmingSpaces
    }
    return rest.isEmpty ? nil : (weekday, rest)
  }

  static func parseDay(_ text: String) throws(DateInputError) -> CalendarDate {
    let scalars = Array(text.unicodeScalars)

    if scalars.count == 10, scalars[4] == "-", scalars[7] == "-" {
      guard let date = CalendarDate(iso: text) else { throw invalidDay(text) }
      return date
    }

    let separators: Set<Character> = ["/", "-", "."]
    let numericParts = text.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) })
      .map(String.init)
    if numericParts.count == 3, numericParts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) {
      let (first, second, third) = (numericParts[0], numericParts[1], numericParts[2])
      if first.count == 4 {
        // 2022/04/21: year first, which ISO writes with hyphens and two-digit parts.
        if second.count <= 2, third.count <= 2, let year = Int(first), let month = Int(second), let day = Int(third),
          let date = CalendarDate(year: year, month: month, day: day)
        {
          throw .yearFirst(text, suggestion: date)
        }
        throw .ambiguous(text, hint: .dateHintISO)
      }
      guard third.count == 4 else {
        throw .ambiguous(text, hint: .dateHintYear)
      }
      guard first.count <= 2, second.count <= 2, let day = Int(first), let month = Int(second),
        let year = Int(third)
      else { throw .unrecognised(text) }
      guard let date = CalendarDate(year: year, month: month, day: day) else {
        throw invalidDay(text)
      }
      return date
    }

    let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    if words.count == 3, let day = Int(words[0]), words[2].count == 4, let year = Int(words[2]) {
      let monthWord = words[1].hasSuffix(".") ? String(words[1].dropLast()) : words[1]
      guard let month = monthNames[monthWord] else {
        throw .unknownMonth(words[1])
      }
      guard let date = CalendarDate(year: year, month: month, day: day) else {
        throw invalidDay(text)
      }
      return date
    }
    throw .unrecognised(text)
  }

  private static func invalidDay(_ text: String) -> DateInputError {
    .impossible(text)
  }
}

/// Why a typed date was not accepted.
public enum DateInputError: Error, Equatable, Sendable {
  case empty
  case unrecognised(String)
  case impossible(String)
  case ambiguous(String, hint: Message)
  case unknownMonth(String)
  case outOfRange(CalendarDate, earliest: CalendarDate, latest: CalendarDate)
  /// A dateline whose weekday is not the date's.
  case wrongWeekday(CalendarDate, given: Int)
  /// A year-first date not in ISO form (`2022/04/21`).
  case yearFirst(String, suggestion: CalendarDate)

  /// Why the date was refused and what would be accepted, as one phrase.
  public var phrase: Phrase {
    switch self {
    case .empty: Phrase(.dateEmpty)
    case .unrecognised: Phrase(.dateUnrecognised)
    case .impossible: Phrase(.dateImpossible)
    case .ambiguous(_, let hint): Phrase(.dateAmbiguous, ["hint": .phrase(Phrase(hint))])
    case .unknownMonth(let word): Phrase(.dateUnknownMonth, ["month": "\(word)"])
    case .wrongWeekday(let date, let given):
      Phrase(
        .dateWrongWeekday,
        [
          "date": .date(date), "weekday": .phrase(Phrase(Self.weekdayMessage(date.weekday))),
          "given": .phrase(Phrase(Self.weekdayMessage(given))),
        ])
    case .yearFirst(_, let suggestion): Phrase(.dateYearFirst, ["suggestion": .text(suggestion.description)])
    case .outOfRange(let date, let earliest, let latest):
      Phrase(.dateOutOfRange, ["date": .date(date), "earliest": .date(earliest), "latest": .date(latest)])
    }
  }
}

extension DateInputError {
  /// A weekday's name, 1 (Monday) to 7 (Sunday), in the reader's language.
  static func weekdayMessage(_ weekday: Int) -> Message {
    [.weekdayMonday, .weekdayTuesday, .weekdayWednesday, .weekdayThursday, .weekdayFriday, .weekdaySaturday, .weekdaySunday][
      max(0, min(6, weekday - 1))]
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}

// MARK: - Messages

extension Message {
  public static let dateEmpty = Message(
    english: "the date is empty; use 2021-05-20, 20/05/2021 or \"20 Mei 2021\"",
    indonesian: "tanggal kosong; pakai 2021-05-20, 20/05/2021 atau \"20 Mei 2021\"")
  public static let dateUnrecognised = Message(
    english:
      "not a date; use 2021-05-20, 20/05/2021 (or 20-05-2021, 20.05.2021) or \"20 Mei 2021\" / \"20 May 2021\", with a weekday before it if you like (\"Kamis, 21 April 2022\", \"Kamis (21/4/2022)\")",
    indonesian:
      "bukan tanggal; pakai 2021-05-20, 20/05/2021 (atau 20-05-2021, 20.05.2021) atau \"20 Mei 2021\" / \"20 May 2021\", boleh didahului nama hari (\"Kamis, 21 April 2022\", \"Kamis (21/4/2022)\")"
  )
  public static let dateImpossible = Message(
    english: "no such day in the calendar; use 2021-05-20, 20/05/2021 or \"20 Mei 2021\"",
    indonesian: "tanggal itu tidak ada di kalender; pakai 2021-05-20, 20/05/2021 atau \"20 Mei 2021\"")
  public static let dateAmbiguous = Message(
    english: "ambiguous date; {hint}",
    indonesian: "tanggal bermakna ganda; {hint}")
  public static let dateHintISO = Message(
    english: "write ISO dates with two-digit month and day, e.g. 2021-05-20",
    indonesian: "tulis tanggal ISO dengan bulan dan hari dua angka, misalnya 2021-05-20")
  public static let dateHintYear = Message(
    english: "write the year with four digits, e.g. 20/05/2021",
    indonesian: "tulis tahun dengan empat angka, misalnya 20/05/2021")
  public static let dateUnknownMonth = Message(
    english: "unknown month '{month}'; use a month name such as Mei, Agustus or Desember",
    indonesian: "bulan '{month}' tidak dikenal; pakai nama bulan seperti Mei, Agustus atau Desember")
  public static let dateOutOfRange = Message(
    english: "{date} is outside the programme's time span; use a date from {earliest} to {latest}",
    indonesian: "{date} di luar rentang waktu program; pakai tanggal dari {earliest} sampai {latest}")
  public static let dateWrongWeekday = Message(
    english: "{date} was a {weekday}, not a {given}",
    indonesian: "{date} jatuh pada hari {weekday}, bukan {given}")
  public static let dateYearFirst = Message(
    english: "a year-first date is written as ISO writes it, with hyphens and a two-digit month and day: {suggestion}",
    indonesian: "tanggal yang diawali tahun ditulis seperti ISO, dengan tanda hubung dan bulan serta hari dua angka: {suggestion}"
  )
  public static let weekdayMonday = Message(
    english: "Monday",
    indonesian: "Senin")
  public static let weekdayTuesday = Message(
    english: "Tuesday",
    indonesian: "Selasa")
  public static let weekdayWednesday = Message(
    english: "Wednesday",
    indonesian: "Rabu")
  public static let weekdayThursday = Message(
    english: "Thursday",
    indonesian: "Kamis")
  public static let weekdayFriday = Message(
    english: "Friday",
    indonesian: "Jumat")
  public static let weekdaySaturday = Message(
    english: "Saturday",
    indonesian: "Sabtu")
  public static let weekdaySunday = Message(
    english: "Sunday",
    indonesian: "Minggu")
}
