import Foundation
import Testing

@testable import ProgrammeCore

@Suite struct CalendarDateTests {
  @Test(arguments: [
    ("2021-05-20", "2021-05-20"), ("20/05/2021", "2021-05-20"), ("21/4/2022", "2022-04-21"),
    ("20 Mei 2021", "2021-05-20"), ("21 April 2022", "2022-04-21"), ("20 May 2021", "2021-05-20"),
    ("1 Agustus 2023", "2023-08-01"), ("5 Desember 2019", "2019-12-05"), ("28 Feb 2023", "2023-02-28"),
    ("  20/05/2021 ", "2021-05-20"), ("20-05-2021", "2021-05-20"), ("20.05.2021", "2021-05-20"),
    ("29/02/2024", "2024-02-29"), ("20 MEI 2021", "2021-05-20"), ("3 Okt. 2020", "2020-10-03"),
  ])
  func parse_acceptedFormats_giveTheDay(input: String, expected: String) throws {
    #expect(try CalendarDate.parse(input).description == expected)
  }

  @Test(arguments: [
    "", "   ", "2021-02-30", "31/04/2021", "29/02/2023", "2021-13-01", "2021-5-6", "2021/05/20",
    "20/05/21", "20 Mey 2021", "tomorrow", "20210520", "32 Mei 2021", "0/05/2021", "20/0/2021",
    "2021-05-20T10:00", "-1/05/2021",
  ])
  func parse_badInput_isRefused(input: String) {
    #expect(throws: DateInputError.self) { try CalendarDate.parse(input) }
  }

  @Test func iso_isStrict() {
    #expect(CalendarDate(iso: "2021-05-20") != nil)
    #expect(CalendarDate(iso: "2021-5-20") == nil)
    #expect(CalendarDate(iso: " 2021-05-20") == nil)
    #expect(CalendarDate(iso: "2021-02-29") == nil)
    #expect(CalendarDate(iso: "2000-02-29") != nil)
    #expect(CalendarDate(iso: "1900-02-29") == nil)
  }

  /// Written digit by digit: every width padded, at both ends of the years either date holds.
  @Test func description_padsEveryPart() throws {
    #expect(try #require(CalendarDate(year: 1, month: 1, day: 1)).description == "0001-01-01")
    #expect(try #require(CalendarDate(year: 9999, month: 12, day: 31)).description == "9999-12-31")
    #expect(try #require(CalendarDate(year: 2021, month: 5, day: 9)).description == "2021-05-09")
    #expect(try #require(ReportedDate(year: 7)).description == "0007")
    #expect(try #require(ReportedDate(year: 2024, month: 6)).description == "2024-06")
    #expect(try #require(ReportedDate(year: 980, month: 11)).description == "0980-11")
    for text in ["0001-02-03", "2024-10-31", "9999-01-01", "0999", "1000-10"] {
      #expect(try #require(ReportedDate(iso: text)).description == text)
    }
  }

  /// Ids are built by concatenation in one step: the same text as interpolation, at every length
  /// (a small string up to 15 bytes, an allocated one beyond) and beyond ASCII.
  @Test func concatenation_isInterpolation() throws {
    for (cohort, regency) in [("2017", "53.19"), ("", ""), ("2021-kppn-ikn-extended", "11.01"), ("Łódź", "ü")] {
      #expect(String(concatenating: ["mou-", cohort, "-", regency]) == "mou-\(cohort)-\(regency)")
      #expect(MoU.id(cohort: cohort, regency: regency) == "mou-\(cohort)-\(regency)")
    }
    #expect(String(concatenating: []) == "")
    let date = try #require(ReportedDate(iso: "2024-06"))
    let milestone = Milestone(regency: "34.02", cohort: "2017", kind: .evaluated, date: date)
    #expect(milestone.id == "milestone-2017-34.02-evaluated-2024-06")
  }

  @Test func indonesianText_namesTheMonth() {
    #expect(CalendarDate(year: 2021, month: 5, day: 20)?.indonesianText == "20 Mei 2021")
    #expect(CalendarDate(year: 2020, month: 10, day: 21)?.indonesianText == "21 Oktober 2020")
  }

  @Test func reasons_sayWhatIsAccepted() {
    do {
      _ = try CalendarDate.parse("2021-02-30")
      Issue.record("accepted an impossible date")
    } catch {
      #expect(error.phrase.text(in: .english).contains("no such day"))
      #expect(error.phrase.text(in: .indonesian).contains("tidak ada di kalender; pakai 2021-05-20, 20/05/2021"))
    }
  }

  /// Datelines as the press prints them: a weekday, with or without a comma or parentheses.
  @Test(arguments: [
    ("Kamis (21/4/2022)", "2022-04-21"), ("Kamis, 21 April 2022", "2022-04-21"), ("Selasa (8/5/2018)", "2018-05-08"),
    ("Thursday, 21 April 2022", "2022-04-21"), ("kamis 21-04-2022", "2022-04-21"), ("Jum'at, 22 April 2022", "2022-04-22"),
    ("Minggu (1/1/2023)", "2023-01-01"), ("Thu 2022-04-21", "2022-04-21"),
    // With the dateline's city before them.
    ("Jakarta, Kamis (20/5/2021)", "2021-05-20"), ("Kota Bekasi, 21 April 2022", "2022-04-21"),
    ("Labuan Bajo, Kamis, 20 Mei 2021", "2021-05-20"),
  ])
  func parse_datelinesWithAWeekday(input: String, expected: String) throws {
    #expect(try CalendarDate.parse(input).description == expected)
  }

  @Test func aDatelinesCity_isNoDate() {
    #expect(throws: DateInputError.self) { try CalendarDate.parse("Jakarta, kemarin") }
    #expect(throws: DateInputError.self) { try CalendarDate.parse("Jakarta,") }
    #expect(throws: DateInputError.wrongWeekday(CalendarDate(year: 2021, month: 5, day: 20)!, given: 5)) {
      try CalendarDate.parse("Jakarta, Jumat (20/5/2021)")
    }
  }

  @Test func aWeekdayThatIsNotTheDates_isRefusedNamingTheRightOne() {
    #expect(throws: DateInputError.wrongWeekday(CalendarDate(year: 2022, month: 4, day: 21)!, given: 3)) {
      try CalendarDate.parse("Rabu, 21 April 2022")
    }
    let phrase = DateInputError.wrongWeekday(CalendarDate(year: 2022, month: 4, day: 21)!, given: 3).phrase
    #expect(phrase.text(in: .english) == "2022-04-21 was a Thursday, not a Wednesday")
    #expect(phrase.text(in: .indonesian) == "21 April 2022 jatuh pada hari Kamis, bukan Rabu")
    // The weekday of every day of two years agrees with Foundation's calendar.
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    var day = CalendarDate(year: 2023, month: 12, day: 25)!
    for _ in 0..<800 {
      let instant = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
      // Foundation counts 1 = Sunday.
      let foundation = (calendar.component(.weekday, from: instant) + 5) % 7 + 1
      #expect(day.weekday == foundation, "\(day)")
      day = CalendarDate(instant.addingTimeInterval(36 * 3600), hoursFromUTC: 0)
    }
  }

  /// Today is the day in Jakarta: 18:00 UTC on 11 June is already 12 June there; days before
  /// 1970 and leap days come out as Foundation's calendar has them.
  @Test func anInstant_isTheDayInJakarta() {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Jakarta")!
    for (year, month, day, hour) in [(2024, 6, 11, 18), (2024, 2, 29, 16), (1969, 12, 31, 20), (2100, 3, 1, 0), (2017, 1, 1, 7)] {
      var utc = Calendar(identifier: .gregorian)
      utc.timeZone = TimeZone(identifier: "UTC")!
      let instant = utc.date(from: DateComponents(year: year, month: month, day: day, hour: hour))!
      let parts = calendar.dateComponents([.year, .month, .day], from: instant)
      #expect(CalendarDate(instant) == CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!), "\(instant)")
    }
  }

  @Test func aYearFirstDateWithSlashes_isToldTheISOForm() {
    #expect(throws: DateInputError.yearFirst("2022/04/21", suggestion: CalendarDate(year: 2022, month: 4, day: 21)!)) {
      try CalendarDate.parse("2022/04/21")
    }
  }
}

/// The store's id order: UTF-8 byte order, for texts held inline and allocated, ASCII or not,
/// one a prefix of the other, and a text bridged through a substring.
@Suite struct ByteOrderTests {
  @Test func precedesInBytes_isUTF8Order() {
    let texts = [
      "", "a", "ab", "mou-2017-11.01", "mou-2017-11.01-x", "mou-2021-53.19", "mou-2021-53.19 and a longer tail", "Z", "é",
      "e\u{301}", "ü", "😀", "mou-2017-11.01\u{0}",
    ]
    for left in texts {
      for right in texts {
        let expected = left.utf8.lexicographicallyPrecedes(right.utf8)
        #expect(left.precedesInBytes(right) == expected, "\(left) \(right)")
        #expect(String(left[...]).precedesInBytes(String(right[...])) == expected)
      }
    }
  }
}
