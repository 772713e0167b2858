import ProgrammeCore
import Testing

/// Dates as precise as their sources: a day, a month or a year, never an invented day.
@Suite struct ReportedDateTests {
  @Test(arguments: [
    ("2024-06", "2024-06"), ("Juni 2024", "2024-06"), ("June 2024", "2024-06"), ("06/2024", "2024-06"),
    ("2024", "2024"), ("12 Juli 2023", "2023-07-12"), ("12/7/2023", "2023-07-12"), ("2023-07-12", "2023-07-12"),
    ("des. 2022", "2022-12"),
  ])
  func parse_keepsThePrecisionGiven(input: String, expected: String) throws {
    #expect(try ReportedDate.parse(input).description == expected)
  }

  @Test(arguments: ["2024-13", "Juno 2024", "13/2024", "24", "2024-06-31", "", "June"])
  func parse_refusesWhatIsNoDate(input: String) {
    #expect(throws: DateInputError.self) { try ReportedDate.parse(input) }
  }

  @Test func store_formIsStrict() {
    #expect(ReportedDate(iso: "2024-06")?.precision == .month)
    #expect(ReportedDate(iso: "2024")?.precision == .year)
    #expect(ReportedDate(iso: "2024-06-17")?.precision == .day)
    for bad in ["2024-6", "2024-00", "2024-06-", "20240", "Juni 2024", "2024-06-31"] {
      #expect(ReportedDate(iso: bad) == nil, "\(bad)")
    }
  }

  @Test func printsAsTheSourceGivesIt() throws {
    let month = try #require(ReportedDate(iso: "2024-06"))
    #expect(month.text(in: .indonesian) == "Juni 2024")
    #expect(month.text(in: .english) == "2024-06")
    #expect(try #require(ReportedDate(iso: "2024")).text(in: .indonesian) == "2024")
    #expect(try #require(ReportedDate(iso: "2023-07-12")).text(in: .indonesian) == "12 Juli 2023")
  }

  @Test func sortsByTheFirstDayItMayBe_thenByPrecision() throws {
    let dates = try ["2024", "2024-06-10", "2024-06", "2023-12-31", "2024-06-01"].map { try #require(ReportedDate(iso: $0)) }
    // "2024" may be 1 January; on the same first day, a day comes before its month.
    #expect(dates.sorted().map(\.description) == ["2023-12-31", "2024", "2024-06-01", "2024-06", "2024-06-10"])
    let june = try #require(ReportedDate(iso: "2024-06"))
    #expect(!june.isCertainlyBefore(try #require(ReportedDate(iso: "2024-06-10"))))
    #expect(june.isCertainlyBefore(try #require(ReportedDate(iso: "2024-07-01"))))
    #expect(june.earliest.description == "2024-06-01" && june.latest.description == "2024-06-30")
    #expect(try #require(ReportedDate(iso: "2024")).latest.description == "2024-12-31")
  }
}
