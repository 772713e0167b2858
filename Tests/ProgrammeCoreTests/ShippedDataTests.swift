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
    #expect(registry.announcedTotals.map(\.cumulativeRegions) == [100, 141, 191, 241, 251])
    #expect(Set(registry.pillars.map(\.id)) == Set(Pillar.allCases))
  }

  /// What the data issue settled: Flores Timur took Bone Bolango's 2024 slot; Depok and
  /// Banyumas signed in 2019; Halmahera Utara signed on a day of its own.
  @Test func settledMemberships() throws {
    #expect(registry.mous.contains { $0.id == "mou-2024-53.06" })
    #expect(!registry.mous.contains { $0.id == "mou-2024-75.03" })
    #expect(registry.claims.contains { $0.id == "claim-2024-75.03" && $0.confidence == .disputed })
    for code in ["32.76", "33.02"] {
      #expect(registry.mous.first { $0.id == "mou-2017-\(code)" }?.signedOn.year == 2019)
    }
    let halmahera = try #require(registry.mous.first { $0.id == "mou-2021-82.03" })
    #expect(halmahera.signedOn.description == "2021-07-21" && halmahera.ceremony == nil)
    #expect(registry.mous.filter { $0.number != nil }.count == 4)
    #expect(registry.letters.count == 8)
  }

  @Test func memberships_areSourcedWithEvidence() {
    #expect(registry.mous.allSatisfy { !$0.sources.isEmpty && $0.confidence != nil })
    #expect(
      registry.mous.allSatisfy { mou in mou.ceremony.map { registry.ceremony(id: $0)?.date == mou.signedOn.calendarDate } ?? true
      })
    // Every address opens in a browser.
    let sources = registry.mous.flatMap(\.sources) + registry.letters.flatMap(\.sources) + registry.claims.flatMap(\.sources)
    #expect(sources.compactMap(\.url).allSatisfy { $0.hasPrefix("https://") || $0.hasPrefix("http://") })
    #expect(sources.filter { $0.url != nil }.allSatisfy { $0.publisher != nil })
  }

  /// The shipped store holds the reference list row by row: every high and medium row is an
  /// MoU of its cohort and phase with its confidence, sources and evidence; every low or
  /// disputed row is an unconfirmed claim. Skipped where `../shared` is not beside the clone.
  @Test(
    .enabled(
      if: FileManager.default.fileExists(atPath: ShippedDataTests.participants),
      "../shared/reference/participants.csv is not beside this clone"))
  func shippedStore_holdsTheReferenceListRowByRow() throws {
    let rows = try CSVReader().rows(Array(try Data(contentsOf: URL(fileURLWithPath: Self.participants))))
    let header = try #require(rows.first).fields
    var members = 0
    var claims = 0
    for row in rows.dropFirst() {
      let cells = Dictionary(uniqueKeysWithValues: zip(header, row.fields))
      let cohort = cells["cohort"] ?? ""
      let code = cells["code"] ?? ""
      let confidence = cells["confidence"] ?? ""
      let urls = (cells["source"] ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty && !$0.hasPrefix("seed ") }.map { $0.contains("://") ? $0 : "https://" + $0 }
      let place = "line \(row.line): \(cohort) \(code)"
      if confidence == "high" || confidence == "medium" {
        members += 1
        guard let mou = registry.mous.first(where: { $0.id == "mou-\(cohort)-\(code)" }) else {
          Issue.record("\(place): no MoU")
          continue
        }
        #expect(mou.confidence?.rawValue == confidence, "\(place)")
        #expect(mou.signedOn.year == Int(cells["year"] ?? ""), "\(place)")
        #expect(Set(urls).isSubset(of: Set(mou.sources.compactMap(\.url))), "\(place)")
        Self.expectEvidence(cells["evidence"] ?? "", of: urls, in: mou.sources, together: mou.evidence, place)
      } else {
        claims += 1
        let claim = registry.claims.first { $0.id == "claim-\(cohort)-\(code)" }
        #expect(claim?.confidence.rawValue == confidence, "\(place)")
        #expect(Set(urls) == Set(claim?.sources.compactMap(\.url) ?? []), "\(place)")
        Self.expectEvidence(
          cells["evidence"] ?? "", of: urls, in: claim?.sources ?? [], together: claim?.evidence, place)
      }
    }
    #expect(registry.mous.count == members)
    #expect(registry.claims.count == claims)
  }

  static let participants = TestStore.shared + "/reference/participants.csv"
  static let milestones = TestStore.shared + "/reference/milestones.csv"

  /// Every step of the reference list of milestones is a milestone of its membership, with its
  /// date as precise as the source (a month or a year where the row has no day), its last
  /// day, regulation, every address and the evidence; and nothing else is shipped.
  @Test(
    .enabled(
      if: FileManager.default.fileExists(atPath: ShippedDataTests.milestones),
      "../shared/reference/milestones.csv is not beside this clone"))
  func shippedStore_holdsTheReferenceMilestonesRowByRow() throws {
    let rows = try CSVReader().rows(Array(try Data(contentsOf: URL(fileURLWithPath: Self.milestones))))
    let header = try #require(rows.first).fields
    var matched: Set<String> = []
    for row in rows.dropFirst() {
      let cells = Dictionary(uniqueKeysWithValues: zip(header, row.fields))
      let cohort = cells["cohort"] ?? ""
      let code = cells["code"] ?? ""
      let kind = cells["kind"] ?? ""
      let date = cells["date"] ?? ""
      let place = "line \(row.line): \(cohort) \(code) \(kind) \(date)"
      let candidates = registry.milestones.filter { $0.cohort == cohort && $0.regency == code && $0.kind.rawValue == kind }
      let milestone: Milestone?
      if date.isEmpty {
        // No day in the source: a month or a year, never a day.
        milestone = candidates.first { $0.date.precision != .day && !matched.contains($0.id) }
        #expect(
          milestone.map { (cells["evidence"] ?? "").contains(String($0.date.year)) } == true,
          "\(place): \(String(describing: milestone?.date))")
      } else {
        milestone = candidates.first { $0.date.description == date }
      }
      guard let milestone else {
        Issue.record("\(place): no milestone")
        continue
      }
      matched.insert(milestone.id)
      #expect(milestone.until?.description == (cells["until"].flatMap { $0.isEmpty ? nil : $0 }), "\(place)")
      #expect(milestone.regulation == (cells["regulation"].flatMap { $0.isEmpty ? nil : $0 }), "\(place)")
      let urls = (cells["source"] ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }.map { $0.contains("://") ? $0 : "https://" + $0 }
      #expect(Set(urls).isSubset(of: Set(milestone.sources.compactMap(\.url))), "\(place)")
      Self.expectEvidence(
        cells["evidence"] ?? "", of: urls, in: milestone.sources, together: milestone.evidence, place)
    }
    #expect(matched.count == rows.count - 1)
    #expect(registry.milestones.count == matched.count, "shipped milestones not in the reference list")
  }

  /// Each page is credited with its own words only: a row that cites one page gives it the
  /// row's evidence; a row that says what a second source states ("… Second source: …") gives
  /// each page its half; a paraphrase of several pages is the record's, said once, and no page
  /// carries it.
  static func expectEvidence(
    _ evidence: String, of urls: [String], in sources: [Source], together: String?, _ place: String
  ) {
    let cited = urls.map { url in sources.first { $0.url == url } }
    if let marker = evidence.range(of: "Second source:") {
      let halves = [evidence[..<marker.lowerBound], evidence[marker.upperBound...]].map {
        String($0).trimmingCharacters(in: .whitespaces)
      }
      #expect(cited.map { $0?.evidence } == halves, "\(place)")
      #expect(together == nil, "\(place)")
    } else if urls.count == 1 {
      #expect(cited.first??.evidence == evidence, "\(place)")
      #expect(together == nil, "\(place)")
    } else {
      #expect(together == evidence, "\(place)")
      #expect(cited.allSatisfy { $0?.evidence == nil }, "\(place): a page credited with a shared paraphrase")
    }
  }

  /// Notes and evidence describe the publications: none names a file of this repository, a seed
  /// or the rounds in which the reference list was compiled.
  @Test func records_citePublicationsNotTheRepository() throws {
    let words = ["seed 0", "seed article", "verify2", "research file", "registry had", "already in registry", ".csv"]
    for collection in Collection.allCases {
      let text = String(decoding: JSONWriter().bytes(for: .array(registry.records(of: collection))), as: UTF8.self)
        .lowercased()
      for word in words {
        #expect(!text.contains(word), "\(collection.fileName) mentions \(word)")
      }
    }
  }

  /// A masterplan regulation known only to its year is dated at that year, never at a day.
  @Test func masterplanRegulations_areDatedAsTheSourcesGiveThem() throws {
    let adopted = registry.milestones.filter { $0.kind == .masterplanAdopted }
    #expect(adopted.allSatisfy { $0.regulation != nil })
    let denpasar = try #require(adopted.first { $0.regency == "51.71" })
    #expect(denpasar.date.description == "2019" && denpasar.regulation == "Peraturan Wali Kota Tahun 2019")
    let sleman = try #require(adopted.first { $0.regency == "34.04" })
    #expect(sleman.date.description == "2018")
  }

  /// What a member's reference note says is inferred (its cohort or phase) is the MoU's
  /// `inferred`, apart from its note, so that no output tells it as reported; and the
  /// reconciliation's members not yet known follow, cohort by cohort, from the reference rows.
  @Test(
    .enabled(
      if: FileManager.default.fileExists(atPath: ShippedDataTests.participants),
      "../shared/reference/participants.csv is not beside this clone"))
  func inferredCohortsAndUnknownMembers_followFromTheReference() throws {
    let rows = try CSVReader().rows(Array(try Data(contentsOf: URL(fileURLWithPath: Self.participants))))
    let header = try #require(rows.first).fields
    var known: [String: Int] = [:]
    for row in rows.dropFirst() {
      let cells = Dictionary(uniqueKeysWithValues: zip(header, row.fields))
      guard ["high", "medium"].contains(cells["confidence"] ?? "") else { continue }
      let cohort = cells["cohort"] ?? ""
      known[cohort == "2017" ? "2017/\(cells["year"] ?? "")" : cohort, default: 0] += 1
      let mou = try #require(registry.mous.first { $0.id == "mou-\(cohort)-\(cells["code"] ?? "")" })
      let infers =
        (cells["note"] ?? "").range(
          of: #"\binferred\b|Cohort fixed by arithmetic"#, options: [.regularExpression, .caseInsensitive]) != nil
      #expect((mou.inferred != nil) == infers, "\(mou.id)")
      #expect(mou.note?.range(of: #"\binferred\b"#, options: .regularExpression) == nil, "\(mou.id)")
    }
    let report = ProgrammeReport(registry: registry)
    let last = try #require(report.reconciliation.last)
    var expected: [String: Int] = [:]
    for cohort in registry.cohorts {
      if cohort.phases.isEmpty {
        expected[cohort.id] = max(cohort.announcedSize - (known[cohort.id] ?? 0), 0)
      } else {
        for phase in cohort.phases {
          expected["\(cohort.id)/\(phase.year)"] = max(phase.announcedSize - (known["\(cohort.id)/\(phase.year)"] ?? 0), 0)
        }
      }
    }
    let told = Dictionary(
      uniqueKeysWithValues: last.unknownByCohort.map { line in
        (line.phaseYear.map { "\(line.cohort)/\($0)" } ?? line.cohort, line.count)
      })
    #expect(told == expected.filter { $0.value > 0 })
  }

  /// The data's licence is said in the store and in its data package: CC BY 4.0, with the
  /// attribution it asks for.
  @Test func theDataLicence_isStatedInTheStore() throws {
    let licence = try String(contentsOfFile: TestStore.shippedData + "/LICENSE.md", encoding: .utf8)
    #expect(licence.contains("Creative Commons Attribution 4.0") && licence.contains(StoreDescription.attribution))
    let package = try JSONParser().parse(
      Array(try Data(contentsOf: URL(fileURLWithPath: TestStore.shippedData + "/datapackage.json"))))
    #expect(package["licenses"]?.arrayValue?.first?["name"]?.stringValue == "CC-BY-4.0")
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
      try JSONDecoder().decode(
        type, from: Data(contentsOf: URL(fileURLWithPath: TestStore.shippedData + "/" + collection.fileName)))
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
