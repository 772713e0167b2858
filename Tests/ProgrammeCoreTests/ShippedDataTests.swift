import Foundation
import TestSupport
import Testing

@testable import ProgrammeCore

@Suite struct ShippedDataTests {
  let registry: Registry

  init() throws {
    registry = try Store(directory: TestStore.shippedData).load()
  }

  @Test func reference_holdsAllProvincesAndRegencies() {
    #expect(registry.provinces.count == 38)
    #expect(registry.regencies.count == 514)
    #expect(registry.regencies.filter { $0.kind == .kabupaten }.count == 416)
    #expect(registry.regencies.filter { $0.kind == .kota }.count == 98)
    #expect(registry.regencies.allSatisfy { !$0.sources.isEmpty })
  }

  @Test(arguments: [
    ("53.19", "Kabupaten Manggarai Timur", "53"), ("51.02", "Kabupaten Tabanan", "51"),
    ("32.75", "Kota Bekasi", "32"), ("32.16", "Kabupaten Bekasi", "32"), ("94.04", "Kabupaten Mimika", "94"),
    ("31.71", "Kota Administrasi Jakarta Pusat", "31"), ("53.10", "Kabupaten Manggarai", "53"),
    ("63.03", "Kabupaten Banjar", "63"), ("32.79", "Kota Banjar", "32"),
  ])
  func knownCodes_haveTheirNames(code: String, name: String, province: String) throws {
    let regency = try #require(registry.regency(code: code))
    #expect(regency.officialName == name)
    #expect(regency.province == province)
  }

  @Test func cohorts_matchTheAnnouncements() throws {
    #expect(registry.cohorts.map(\.id) == ["2017", "2021", "2022", "2023", "2024"])
    let first = try #require(registry.cohort(id: "2017"))
    #expect(first.phases.map(\.announcedSize) == [25, 50, 25])
    #expect(first.years == [2017, 2018, 2019])
    #expect(registry.cohort(id: "2021")?.announcedSize == 48)
    #expect(registry.cohort(id: "2022")?.announcedSize == 50)
    #expect(registry.announcedTotals.map(\.cumulativeRegions) == [100, 141, 191])
    #expect(Set(registry.pillars.map(\.id)) == Set(Pillar.allCases))
  }

  @Test func memberships_areSourcedAndWeakReportsAreNot() {
    #expect(registry.mous.count >= 80)
    #expect(registry.mous.allSatisfy { !$0.sources.isEmpty })
    #expect(registry.mous.allSatisfy { registry.ceremony(id: $0.ceremony ?? "")?.date == $0.signedOn })
    let claimed = Set(registry.claims.map { "\($0.cohort)-\($0.regency)" })
    #expect(claimed == ["2021-35.79", "2021-74.07", "2024-75.03"])
    #expect(!registry.mous.contains { claimed.contains("\($0.cohort)-\($0.regency)") })
  }

  @Test func seedMoUs_holdEveryDetail() throws {
    let timur = try #require(registry.mous.first { $0.id == "mou-2021-53.19" })
    #expect(timur.signedOn.description == "2021-05-20")
    #expect(timur.regionalSignatory?.name == "Agas Andreas, S.H., M.Hum")
    #expect(timur.venue?.contains("Hotel Inaya Bay") == true)
    #expect(timur.letter == "646/Kominfo/DJAL/AI.01.05/10/2020")
    #expect(timur.accompaniedBy.count == 2)
    #expect(timur.scope == ScopePoint.allCases)
    let tabanan = try #require(registry.mous.first { $0.id == "mou-2022-51.02" })
    #expect(tabanan.regionalSignatory == Signatory(name: "I Gede Susila", office: "Sekda", onBehalfOf: "Bupati"))
    #expect(tabanan.venue == "Tabanan Command Centre, Kantor Bupati Tabanan")
    let letter = try #require(registry.letters.first { $0.number == "646/Kominfo/DJAL/AI.01.05/10/2020" })
    #expect(letter.date.description == "2020-10-21")
    #expect(registry.ceremony(id: "ceremony-2021-05-20")?.announcedSignatories == 48)
  }

  @Test(arguments: Collection.allCases)
  func files_areInCanonicalForm(collection: Collection) throws {
    let onDisk = try Data(contentsOf: URL(fileURLWithPath: TestStore.shippedData + "/" + collection.fileName))
    let rewritten = JSONWriter().bytes(for: .array(registry.records(of: collection)))
    #expect([UInt8](onDisk) == rewritten, "\(collection.fileName) is not as the tool writes it")
  }

  @Test func builtInReference_matchesTheShippedFiles() throws {
    let reference = try ReferenceData.registry()
    #expect(reference.provinces == registry.provinces)
    #expect(reference.regencies == registry.regencies)
    #expect(reference.pillars == registry.pillars)
    #expect(reference.cohorts == registry.cohorts)
  }

  /// Foundation's JSONDecoder, through the models' Codable conformances, is the reference
  /// reader: the hand-written one must read the same records.
  @Test func handWrittenReader_agreesWithJSONDecoder() throws {
    func decode<T: Decodable>(_ type: T.Type, _ collection: Collection) throws -> T {
      try JSONDecoder().decode(type, from: Data(contentsOf: URL(fileURLWithPath: TestStore.shippedData + "/" + collection.fileName)))
    }
    #expect(try decode([Province].self, .provinces) == registry.provinces)
    #expect(try decode([Regency].self, .regencies) == registry.regencies)
    #expect(try decode([PillarRecord].self, .pillars) == registry.pillars)
    #expect(try decode([Cohort].self, .cohorts) == registry.cohorts)
    #expect(try decode([SelectionLetter].self, .letters) == registry.letters)
    #expect(try decode([SigningCeremony].self, .ceremonies) == registry.ceremonies)
    #expect(try decode([MoU].self, .mous) == registry.mous)
    #expect(try decode([AnnouncedTotal].self, .announcedTotals) == registry.announcedTotals)
    #expect(try decode([UnconfirmedClaim].self, .claims) == registry.claims)
  }
}
