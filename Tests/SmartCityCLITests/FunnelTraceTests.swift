import Foundation
import ProgrammeCore
import TestSupport
import Testing

@testable import SmartCityCLI

/// Every count of the funnel leads to its rows, an inference is never counted as a report, a
/// phase is a way in like a cohort, and a cohort's regions are told new or returning.
@Suite struct FunnelTraceTests {
  static func json(_ arguments: [String], data: String = TestStore.fixture) throws -> JSONValue {
    let outcome = CLI.runInProcess(arguments + ["--format", "json"], data: data)
    #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
    return try Store.parse(Array(outcome.standardOutput.utf8), file: arguments.joined(separator: " "))
  }

  /// The one inference rule: a Bimtek session implies the earlier ones, and nothing else
  /// implies anything.
  @Test func onlyALaterBimtekImpliesAStep() {
    #expect(MilestoneKind.bimtek4.implies == [.bimtek3, .bimtek2, .bimtek1])
    #expect(MilestoneKind.bimtek1.implies.isEmpty)
    for kind in [MilestoneKind.masterplanPresented, .masterplanAdopted, .evaluated, .awarded] {
      #expect(kind.implies.isEmpty, "\(kind)")
    }
    let evaluated = MembershipProgress(isSigned: true, reported: [.evaluated])
    #expect(evaluated.standing(at: .reached(.masterplanAdopted)) == .unknown)
    #expect(evaluated.standing(at: .reached(.evaluated)) == .reported)
    #expect(evaluated.furthest == .reached(.evaluated))
    let fourth = MembershipProgress(isSigned: true, reported: [.bimtek4])
    #expect(fourth.standing(at: .reached(.bimtek2)) == .implied)
    #expect(fourth.standing(at: .reached(.masterplanPresented)) == .unknown)
    #expect(fourth.standing(at: .signed) == .reported)
  }

  /// Each funnel count is the length of the listing that shows its rows, for every cohort and
  /// step of the fixture; reported and implied are told apart.
  @Test func everyFunnelCount_isTheListingItLeadsTo() throws {
    let funnel = try Self.json(["report", "--by", "stage"]).arrayValue ?? []
    #expect(funnel.count == 5 * PipelineReport.stages.count)
    var implied = 0
    for line in funnel {
      let cohort = line["cohort"]?.stringValue ?? ""
      let step = line["stage"]?.stringValue ?? ""
      let count = { (key: String) in line[key]?.intValue ?? -1 }
      let reached = try Self.json(["list", "--cohort", cohort, "--reached", step]).arrayValue?.count
      let reported = try Self.json(["list", "--cohort", cohort, "--reported", step]).arrayValue?.count
      #expect(reached == count("reached"), "\(cohort) \(step) reached")
      #expect(reported == count("reported"), "\(cohort) \(step) reported")
      #expect(count("reached") == count("reported") + count("implied"), "\(cohort) \(step)")
      implied += count("implied")
    }
    #expect(implied == 5, "12.12's sessions II and III, 53.15's I to III")
    // An evaluation (Klungkung, 2022) implies no masterplan; a presented masterplan (Kudus,
    // 2021) implies no Bimtek session.
    let adopted2022 = funnel.first { $0["cohort"] == .string("2022") && $0["stage"] == .string("masterplan-adopted") }
    #expect(adopted2022?["reached"] == JSONValue(0))
    let kudus = try Self.json(["list", "--cohort", "2021", "--reached", "bimtek-1"]).arrayValue ?? []
    #expect(!kudus.contains { $0["code"] == .string("33.23") })
  }

  @Test func aPhase_isAWayInLikeACohort() throws {
    let phase = try Self.json(["list", "--phase", "2019"]).arrayValue ?? []
    let byYear = try Self.json(["list", "--cohort", "2017", "--year", "2019"]).arrayValue ?? []
    #expect(!phase.isEmpty && phase == byYear)
    #expect(phase.allSatisfy { $0["phase"] == JSONValue(2019) && $0["cohort"] == .string("2017") })
    let others = try Self.json(["list", "--cohort", "2021"]).arrayValue ?? []
    #expect(others.allSatisfy { $0["phase"] == .null })
    let report = try Self.json(["report", "--phase", "2019"])
    let cohorts = report["cohorts"]?.arrayValue ?? []
    #expect(cohorts.count == 1 && cohorts.first?["phase"] == JSONValue(2019))
    #expect(cohorts.first?["registered"]?.intValue == phase.count)
    let audited = try Self.json(["sources", "--phase", "2019"]).arrayValue ?? []
    #expect(Set(audited.compactMap { $0["code"]?.stringValue }) == Set(phase.compactMap { $0["code"]?.stringValue }))
    let map = CLI.runInProcess(["map", "--phase", "2019"], data: TestStore.fixture)
    #expect(map.status == 0 && map.standardOutput.hasPrefix("<?xml"), "\(map.standardError)")
    let refused = CLI.runInProcess(["map", "--cohort", "2019"], data: TestStore.fixture)
    #expect(refused.status == 1 && refused.errorLines.first?.contains("--phase 2019") == true)
  }

  /// A region of cohort 2017 that signs again in 2021 is returning, not new, in 2021's report.
  @Test func aCohortsRegions_areNewOrReturning() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let first = try #require(Self.json(["list", "--cohort", "2017"], data: test.path).arrayValue?.first?["code"]?.stringValue)
    let added = CLI.runInProcess(["add-mou", "--regency", first, "--date", "2021-05-20", "--cohort", "2021"], data: test.path)
    #expect(added.status == 0, "\(added.standardError)")
    let members = try Self.json(["list", "--cohort", "2021"], data: test.path).arrayValue?.count ?? 0
    let years = try Self.json(["report", "--cohort", "2021", "--by", "year"], data: test.path).arrayValue ?? []
    let returning = years.map { $0["returningRegencies"]?.intValue ?? 0 }.reduce(0, +)
    let new = years.map { $0["newRegencies"]?.intValue ?? 0 }.reduce(0, +)
    #expect(returning == 1 && new == members - 1)
    let text = CLI.runInProcess(["report", "--cohort", "2021"], data: test.path).standardOutput
    #expect(text.contains("\(members - 1) new to the programme, 1 had joined before"), "\(text)")
  }
}
