/// A date as precise as its source: a day (`2023-07-12`), a month (`2024-06`) or a year (`2024`).
///
/// A report that says "June 2024" or "Perbup No. 27 Tahun 2024" gives no day, and a registry
/// that filled one in would be inventing it. Stored as the ISO prefix the source supports;
/// printed as people write it ("Juni 2024"); sorted by the first day it may be, a day before its
/// month and a month before its year.
public struct ReportedDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// How much of the date the source gives.
  public enum Precision: Int, Comparable, Sendable {
    case day, month, year

    public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  public let year: Int
  /// The month, unless only the year is known.
  public let month: Int?
  /// The day, when the source gives it.
  public let day: Int?

  /// A whole day.
  public init(_ date: CalendarDate) {
    year = date.year
    month = date.month
    day = date.day
  }

  /// A month of a year, or `nil` when the month does not exist.
  public init?(year: Int, month: Int) {
    guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
    self.year = year
    self.month = month
    day = nil
  }

  /// A year alone, or `nil` outside 1–9999.
  public init?(year: Int) {
    guard (1...9999).contains(year) else { return nil }
    self.year = year
    month = nil
    day = nil
  }

  /// Parses the store's forms exactly: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
  public init?(iso text: String) {
    let bytes = Array(text.utf8)
    switch bytes.count {
    case 10:
      guard let date = CalendarDate(iso: text) else { return nil }
      self.init(date)
    case 7:
      guard bytes[4] == UInt8(ascii: "-"), let year = CalendarDate.number(bytes[0..<4]),
        let month = CalendarDate.number(bytes[5..<7])
      else { return nil }
      self.init(year: year, month: month)
    case 4:
      guard let year = CalendarDate.number(bytes[0..<4]) else { return nil }
      self.init(year: year)
    default:
      return nil
    }
  }

  public var precision: Precision {
    day != nil ? .day : month != nil ? .month : .year
  }

  /// The day, when the source gives one.
  public var calendarDate: CalendarDate? {
    guard let month, let day else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }

  /// The first day the date may be: itself, the 1st of its month, or 1 January.
  public var earliest: CalendarDate {
    // The parts were checked when the value was made, so the day exists.
    CalendarDate(year: year, month: month ?? 1, day: day ?? 1)!
  }

  /// The last day the date may be: itself, the end of its month, or 31 December.
  public var latest: CalendarDate {
    let month = month ?? 12
    return CalendarDate(year: year, month: month, day: day ?? CalendarDate.daysIn(month: month, year: year))!
  }

  /// `2023-07-12`, `2024-06` or `2024`: the store's form.
  public var description: String { CalendarDate.isoText(year: year, month: month, day: day) }

  /// As people of a language write it: the store's form in English (as whole days are), "Juni
  /// 2024" or "12 Juli 2023" in Indonesian; a year is a year in both.
  public func text(in language: Language) -> String {
    if let calendarDate { return calendarDate.text(in: language) }
    guard language == .indonesian, let month else { return description }
    return "\(CalendarDate.indonesianMonths[month - 1]) \(year)"
  }

  /// Whether the date certainly falls before another: every day it may be is earlier than
  /// every day the other may be. "June 2024" is not before "2024-06-10"; it may be after.
  public func isCertainlyBefore(_ other: ReportedDate) -> Bool { latest < other.earliest }

  public static func < (lhs: ReportedDate, rhs: ReportedDate) -> Bool {
    (lhs.earliest, lhs.precision) < (rhs.earliest, rhs.precision)
  }

  /// Parses a date as a person types it: any whole-day form `CalendarDate.parse` takes, or a
  /// month (`2024-06`, `06/2024`, `Juni 2024`, `June 2024`) or a year (`2024`) when the source
  /// gives no more.
  public static func parse(_ input: String) throws(DateInputError) -> ReportedDate {
    let text = input.trimmingSpaces
    if let partial = ReportedDate(iso: text), partial.precision != .day { return partial }
    let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" }).map(String.init)
    if words.count == 2, words[1].count == 4, let year = Int(words[1]) {
      let monthWord = words[0].hasSuffix(".") ? String(words[0].dropLast()) : words[0]
      if let month = CalendarDate.monthNames[monthWord] ?? Int(monthWord), let date = ReportedDate(year: year, month: month) {
        return date
      }
    }
    return ReportedDate(try CalendarDate.parse(text))
  }
}

extension ReportedDate: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = ReportedDate(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected a date YYYY-MM-DD, YYYY-MM or YYYY, found '\(text)'")
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
