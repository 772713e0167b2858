import Foundation
import ProgrammeCore
import TestSupport
import Testing

@testable import SmartCityCLI

/// The same store gives the same answer in every command and format: the regions in the
/// programme, the MoUs, the memberships per cohort and the rows named as what they are.
@Suite struct OneTruthTests {
  /// What the store's outputs say, gathered from every command and format.
  struct Figures {
    var regions: Int
    var mous: Int
    /// Distinct regions per cohort.
    var membersPerCohort: [String: Int]
  }

  static func json(_ arguments: [String], data: String) throws -> Any {
    let outcome = try CLI.run(arguments, data: data)
    #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
    return try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
  }

  static func rows(_ arguments: [String], data: String) throws -> [[String: Any]] {
    try #require(try json(arguments, data: data) as? [[String: Any]], "\(arguments)")
  }

  /// Every output's figures must equal `expected`.
  static func checkEveryOutput(of data: String, expected: Figures) throws {
    // report: the programme line, the years, the provinces and the cohorts.
    let report = try #require(try json(["report", "--format", "json"], data: data) as? [String: Any])
    let programme = try #require(report["programme"] as? [String: Any])
    #expect(programme["regenciesInProgramme"] as? Int == expected.regions)
    #expect(programme["mous"] as? Int == expected.mous)
    let years = try rows(["report", "--by", "year", "--format", "json"], data: data)
    #expect(years.map { $0["mous"] as? Int ?? 0 }.reduce(0, +) == expected.mous)
    #expect(years.map { $0["newRegencies"] as? Int ?? 0 }.reduce(0, +) == expected.regions)
    #expect(years.last?["cumulativeRegencies"] as? Int == expected.regions)
    let provinces = try rows(["report", "--by", "province", "--format", "json"], data: data)
    #expect(provinces.map { $0["inProgramme"] as? Int ?? 0 }.reduce(0, +) == expected.regions)
    #expect(provinces.map { $0["mous"] as? Int ?? 0 }.reduce(0, +) == expected.mous)
    let cohorts = try rows(["report", "--by", "cohort", "--format", "json"], data: data)
    let wholeCohorts = cohorts.filter { $0["scope"] as? String == "cohort" }
    #expect(wholeCohorts.allSatisfy { $0["phase"] is NSNull })
    #expect(cohorts.filter { $0["scope"] as? String == "phase" }.allSatisfy { $0["phase"] is Int })
    #expect(
      Dictionary(uniqueKeysWithValues: wholeCohorts.map { ($0["cohort"] as? String ?? "", $0["registered"] as? Int ?? -1) })
        .filter { $0.value > 0 } == expected.membersPerCohort)
    // Machines get no sentences: every value of every report table is a number, a boolean,
    // null, an array or a short code, never the coverage prose.
    for section in ["year", "cohort", "reconciliation", "province", "stage", "pillar"] {
      let table = try rows(["report", "--by", section, "--format", "json"], data: data)
      for row in table {
        #expect(row["coverage"] == nil && row["explanation"] == nil, "report --by \(section)")
      }
    }

    // list: one row per membership, its footer naming regions and MoUs apart.
    let list = try rows(["list", "--format", "json"], data: data)
    let signed = list.filter { $0["status"] as? String == "signed" }
    #expect(signed.count == expected.mous)
    #expect(Set(signed.compactMap { $0["code"] as? String }).count == expected.regions)
    #expect(list.allSatisfy { $0["sources"] is [String] && $0["source"] == nil })
    let perCohort = Dictionary(grouping: signed) { $0["cohort"] as? String ?? "" }
      .mapValues { Set($0.compactMap { $0["code"] as? String }).count }
    #expect(perCohort == expected.membersPerCohort)
    let footer =
      try CLI.run(["list", "--format", "table"], data: data).standardOutput.split(separator: "\n").last.map(String.init) ?? ""
    let regionWords =
      expected.regions == expected.mous
      ? "\(expected.regions) regions" : "\(expected.regions) regions from \(expected.mous) MoUs"
    #expect(footer.hasPrefix(regionWords), "list footer: \(footer)")

    // regencies: the regions with a cohort are the regions in the programme.
    let regencies = try rows(["regencies", "--format", "json"], data: data)
    #expect(regencies.filter { !($0["cohorts"] as? [String] ?? []).isEmpty }.count == expected.regions)

    // export: JSON, CSV, SQL and the page.
    let export = try #require(try json(["export", "--format", "json"], data: data) as? [String: Any])
    let exported = try #require(export["mous"] as? [[String: Any]])
    #expect(exported.count == expected.mous)
    #expect(Set(exported.compactMap { $0["regency"] as? String }).count == expected.regions)
    let csv = try CLI.run(["export", "--format", "csv"], data: data).standardOutput
    #expect(csv.split(separator: "\r\n").count == expected.mous + 1)
    let sql = try CLI.run(["export", "--format", "sql"], data: data).standardOutput
    let mouInsert = try #require(sql.components(separatedBy: "INSERT INTO \"mous\" (").dropFirst().first)
    let mouRows = mouInsert.components(separatedBy: ";\n").first?.components(separatedBy: "\n(").count ?? 0
    #expect(mouRows - 1 == expected.mous, "SQL rows of mous")
    let page = try CLI.run(["export", "--format", "html"], data: data).standardOutput
    #expect(page.contains("\(expected.regions) of 514 kabupaten/kota in the programme, \(expected.mous) MoUs registered."))
    #expect(page.contains(regionWords))
    #expect(page.components(separatedBy: "<tr><td>").count - 1 >= expected.mous)
  }

  @Test func theFixtureStore_saysTheSameEverywhere() throws {
    try Self.checkEveryOutput(
      of: TestStore.fixture,
      expected: Figures(regions: 88, mous: 88, membersPerCohort: ["2017": 51, "2021": 7, "2022": 7, "2023": 14, "2024": 9]))
  }

  /// A region that signed twice is one region and two MoUs in every output, and a region a
  /// letter names without an MoU counts in none of them.
  @Test func aStoreWhereARegionSignedTwice_saysTheSameEverywhere() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let again = try CLI.run(
      ["add-mou", "--regency", "Kota Bekasi", "--date", "2022-04-21", "--source", "https://example.org/bekasi-2022"],
      data: test.path)
    #expect(again.status == 0, "\(again.standardError)")
    let letter = try CLI.run(
      [
        "add-letter", "--number", "B-1/TEST/2022", "--date", "2022-03-01", "--cohort", "2022", "--regencies", "Kota Bogor",
        "--source", "https://example.org/letter",
      ],
      data: test.path)
    #expect(letter.status == 0, "\(letter.standardError)")
    try Self.checkEveryOutput(
      of: test.path,
      expected: Figures(regions: 88, mous: 89, membersPerCohort: ["2017": 51, "2021": 7, "2022": 8, "2023": 14, "2024": 9]))
    // The letter's region is a row of its own kind in list, counted apart.
    let footer = try CLI.run(["list", "--format", "table"], data: test.path).standardOutput
    #expect(footer.contains("; 1 named by a selection letter with no MoU recorded;"), "\(footer)")
  }
}
