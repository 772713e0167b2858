#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A day in the Gregorian calendar, without time or time zone, stored as `YYYY-MM-DD`.
///
/// Signing dates are calendar days in Indonesia; keeping them as `Date` would invite time-zone
/// shifts, and Foundation's formatters are lenient (`2021-02-30` becomes 2 March), so dates are
/// parsed and printed by hand.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// A date, or `nil` when the day does not exist (30 February, month 13).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses exactly `YYYY-MM-DD`, the store's format; anything else is `nil`.
  public init?(iso text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let year = Self.number(bytes[0..<4]), let month = Self.number(bytes[5..<7]),
      let day = Self.number(bytes[8..<10])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The date as `YYYY-MM-DD`.
  public var description: String { Self.isoText(year: year, month: month, day: day) }

  /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` for a year of 1–9999 (the only ones either kind of date
  /// holds), written as bytes: a date is printed into the id of every milestone on every read.
  static func isoText(year: Int, month: Int?, day: Int?) -> String {
    let count = day != nil ? 10 : month != nil ? 7 : 4
    return String(unsafeUninitializedCapacity: count) { buffer in
      func put(_ value: Int, width: Int, at start: Int) {
        var value = value
        for offset in (start..<start + width).reversed() {
          buffer[offset] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10)
          value /= 10
        }
      }
      put(year, width: 4, at: 0)
      if let month {
        buffer[4] = UInt8(ascii: "-")
        put(month, width: 2, at: 5)
      }
      if let day {
        buffer[7] = UInt8(ascii: "-")
        put(day, width: 2, at: 8)
      }
      return count
    }
  }

  /// The number of days in a month of a year.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// The calendar day of an instant at an offset from UTC: by default Indonesia's western zone
  /// (WIB, seven hours ahead all year, with no summer time), where the ministry works.
  public init(_ instant: Date, hoursFromUTC: Int = 7) {
    let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + hoursFromUTC * 3600
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    // Days since 1970-01-01 to a civil date, by the proleptic Gregorian calendar (H. Hinnant's
    // `civil_from_days`), without Foundation's calendar and its time zone database.
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    // The arithmetic always yields a valid day.
    self.init(year: year, month: month, day: day)!
  }

  /// The same day a number of years later (29 February falls back to the 28th).
  public func adding(years: Int) -> CalendarDate {
    let lastDay = Self.daysIn(month: month, year: year + years)
    return CalendarDate(year: year + years, month: month, day: min(day, lastDay)) ?? self
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  static func number(_ digits: ArraySlice<UInt8>) -> Int? {
    var value = 0
    for byte in digits {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
  }

  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

extension CalendarDate: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = CalendarDate(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected a date YYYY-MM-DD, found '\(text)'")
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
