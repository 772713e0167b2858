import Foundation
import ProgrammeCore
import TestSupport
import Testing

@testable import SmartCityCLI

/// Everything the registry holds about a region shows where people read about it: its profile
/// (`show`, text) and its page of the published site; and everything about a cohort, on the
/// cohort's pages. Each record that concerns the region is
/// read field by field from the collections' declared schemas, so a field a renderer leaves
/// out, or one declared later, cannot go unseen.
@Suite struct RegionProfileCompletenessTests {
  /// A copy of the fixture in which the records are as full as the schemas allow: notes on the
  /// letters and ceremonies, a quick win with every field, sources with every field.
  static func filledStore() throws -> TestStore {
    let test = try TestStore.copyOfFixture()
    let full = Source(
      title: "Laporan lengkap", publisher: "Diskominfo Manggarai Timur", date: CalendarDate(year: 2022, month: 3, day: 4),
      url: "https://manggaraitimurkab.go.id/laporan", evidence: "States every step.", note: "Archived copy only.")
    try test.store.update { registry throws(ProgrammeError) in
      for index in registry.letters.indices {
        registry.letters[index].issuer = registry.letters[index].issuer ?? "Ditjen Aplikasi Informatika \(index)"
        registry.letters[index].note = "letter caveat \(index)"
      }
      for index in registry.ceremonies.indices { registry.ceremonies[index].note = "ceremony caveat \(index)" }
      for index in registry.claims.indices {
        registry.claims[index].year = 2030 + index
        registry.claims[index].sources.append(full)
      }
      registry.quickWins.append(
        QuickWin(
          regency: "53.19", cohort: "2021", pillar: .governance, title: "Sistem antrean", status: .running,
          start: CalendarDate(year: 2022, month: 1, day: 10), end: CalendarDate(year: 2023, month: 6, day: 30),
          sources: [full], note: "quick win caveat"))
      if let index = registry.milestones.firstIndex(where: { $0.regency == "53.19" }) {
        registry.milestones[index].sources.append(full)
      }
    }
    return test
  }

  /// What people should find of a record: every free text, number and date of its declared
  /// fields (in nested objects too), as the outputs write them. Codes, ids and values from a
  /// fixed list are written in words of their own, so they are not looked for.
  static func expectedTexts(of record: JSONValue, fields: [FieldSchema], path: String = "") -> [(field: String, text: String)] {
    var found: [(String, String)] = []
    for field in fields {
      guard let value = record[field.name], value != .null else { continue }
      let name = path + field.name
      switch field.kind {
      case .string where field.values == nil && field.pattern == nil:
        if let text = value.stringValue, !text.isEmpty { found.append((name, text)) }
      case .strings where field.values == nil && field.pattern == nil:
        for text in value.arrayValue ?? [] { text.stringValue.map { found.append((name, $0)) } }
      case .integer:
        if let number = value.intValue { found.append((name, "\(number)")) }
      case .date, .reportedDate:
        if let text = value.stringValue, let date = ReportedDate(iso: text) {
          found.append((name, date.text(in: .english)))
        }
      case .object(let nested):
        found += expectedTexts(of: value, fields: nested, path: name + ".")
      case .objects(let nested):
        for element in value.arrayValue ?? [] { found += expectedTexts(of: element, fields: nested, path: name + ".") }
      default:
        break
      }
    }
    return found
  }

  /// The records that concern a region, each with its collection.
  static func records(of code: String, in registry: Registry) -> [(Collection, JSONValue)] {
    let mous = registry.mous.filter { $0.regency == code }
    let ceremonies = Set(mous.compactMap(\.ceremony)).sorted().compactMap { registry.ceremony(id: $0) }
    return registry.regencies.filter { $0.code == code }.map { (.regencies, $0.jsonValue) }
      + registry.letters.filter { $0.regencies.contains(code) }.map { (.letters, $0.jsonValue) }
      + mous.map { (.mous, $0.jsonValue) }
      + ceremonies.map { (.ceremonies, $0.jsonValue) }
      + registry.milestones.filter { $0.regency == code }.map { (.milestones, $0.jsonValue) }
      + registry.quickWins.filter { $0.regency == code }.map { (.quickWins, $0.jsonValue) }
      + registry.claims.filter { $0.regency == code }.map { (.claims, $0.jsonValue) }
  }

  /// Fields a region's profile and page leave out on purpose, each with why.
  static let leftOut: [Collection: Set<String>] = [
    // A ceremony's sources are the ceremony's, not the region's: its page and `show --format
    // json` cite them; the region's profile names the ceremony.
    .ceremonies: ["sources"]
  ]

  /// Checks every region with a record in the store at `path`; `site` is a scratch folder.
  static func checkEveryRegion(of path: String, site: String) throws {
    let registry = try Store(directory: path).load()
    let built = try CLI.run(["export", "--format", "site", "--output", site], data: path)
    #expect(built.status == 0, "\(built.standardError)")
    let regions = Set(
      registry.mous.map(\.regency) + registry.letters.flatMap(\.regencies) + registry.milestones.map(\.regency)
        + registry.quickWins.map(\.regency) + registry.claims.map(\.regency))
    #expect(regions.count > 10)
    var checked = 0
    for code in regions.sorted() {
      let profile = CLI.runInProcess(["show", code], data: path)
      #expect(profile.status == 0, "\(profile.standardError)")
      let page = try String(contentsOfFile: site + "/en/regions/\(code).html", encoding: .utf8)
      for (collection, record) in Self.records(of: code, in: registry) {
        let fields = CollectionSchema.of(collection).fields.filter { !(Self.leftOut[collection] ?? []).contains($0.name) }
        for (field, text) in Self.expectedTexts(of: record, fields: fields) {
          #expect(profile.standardOutput.contains(text), "show \(code): \(collection.rawValue).\(field) \"\(text)\" is missing")
          #expect(page.contains(HTMLPage.escape(text)), "page \(code): \(collection.rawValue).\(field) \"\(text)\" is missing")
          checked += 1
        }
      }
    }
    #expect(checked > 200)
  }

  /// Checks every province's page (the province's record, its name and its sources), and the
  /// pillars on the page about the registry.
  static func checkEveryProvince(of path: String, site: String) throws {
    let registry = try Store(directory: path).load()
    let about = try String(contentsOfFile: site + "/en/about.html", encoding: .utf8)
    for pillar in registry.pillars {
      for (field, text) in Self.expectedTexts(of: pillar.jsonValue, fields: CollectionSchema.of(.pillars).fields) {
        #expect(about.contains(HTMLPage.escape(text)), "about: pillar \(pillar.id): \(field) \"\(text)\" is missing")
      }
    }
    for province in registry.provinces {
      let page = try String(contentsOfFile: site + "/en/provinces/\(province.code).html", encoding: .utf8)
      for (field, text) in Self.expectedTexts(of: province.jsonValue, fields: CollectionSchema.of(.provinces).fields) {
        #expect(page.contains(HTMLPage.escape(text)), "province \(province.code): \(field) \"\(text)\" is missing")
      }
    }
  }

  /// Checks every cohort's pages (the cohort's and its phases'): the cohort itself, its
  /// letters and its ceremonies, as built in `site` by `checkEveryRegion`.
  static func checkEveryCohort(of path: String, site: String) throws {
    let registry = try Store(directory: path).load()
    var checked = 0
    for cohort in registry.cohorts {
      let pages = try ([cohort.id] + cohort.phases.map { "\(cohort.id)-\($0.year)" }).map {
        try String(contentsOfFile: site + "/en/cohorts/\($0).html", encoding: .utf8)
      }.joined()
      let records =
        [(Collection.cohorts, cohort.jsonValue)]
        + registry.letters.filter { $0.cohort == cohort.id }.map { (.letters, $0.jsonValue) }
        + registry.ceremonies.filter { $0.cohort == cohort.id }.map { (.ceremonies, $0.jsonValue) }
      for (collection, record) in records {
        for (field, text) in Self.expectedTexts(of: record, fields: CollectionSchema.of(collection).fields) {
          #expect(
            pages.contains(HTMLPage.escape(text)), "cohort \(cohort.id): \(collection.rawValue).\(field) \"\(text)\" is missing")
          checked += 1
        }
      }
    }
    #expect(checked > 50)
  }

  /// Checks that each announced total shows whole (who stated it, when, in what words, its
  /// sources and its note) in the report for people, its Markdown and HTML, and the site's
  /// front page, as built in `site`.
  static func checkAnnouncedTotals(of path: String, site: String) throws {
    let registry = try Store(directory: path).load()
    let outputs = [
      ("report", CLI.runInProcess(["report"], data: path).standardOutput),
      ("markdown", CLI.runInProcess(["export", "--format", "markdown"], data: path).standardOutput),
      ("html", CLI.runInProcess(["export", "--format", "html"], data: path).standardOutput),
      ("site", try String(contentsOfFile: site + "/en/index.html", encoding: .utf8)),
    ]
    var checked = 0
    for total in registry.announcedTotals {
      let fields = CollectionSchema.of(.announcedTotals).fields
      var expected = Self.expectedTexts(of: total.jsonValue, fields: fields.filter { $0.name != "sources" })
      guard case .objects(let sourceFields) = fields.first(where: { $0.name == "sources" })?.kind else {
        Issue.record("a total's sources are not declared as objects")
        return
      }
      for source in total.jsonValue["sources"]?.arrayValue ?? [] {
        // Tables for people cite a source by its address, or by its citation where it has
        // none, and give its caveat; the site's list gives every field.
        let shown = source["url"] != nil ? ["url", "note"] : ["title", "publisher", "date", "note"]
        expected += Self.expectedTexts(of: source, fields: sourceFields.filter { shown.contains($0.name) })
          .map { ("sources." + $0.field, $0.text) }
      }
      // A total's id is its year's ("total-2019"), and the year heads its row.
      for (field, text) in expected where field != "id" {
        for (name, output) in outputs {
          let escaped = name == "html" || name == "site" ? HTMLPage.escape(text) : text
          #expect(output.contains(escaped), "\(name): total \(total.year): \(field) \"\(text)\" is missing")
          checked += 1
        }
      }
    }
    #expect(checked > 20)
  }

  /// Every check above on the store at `path`, the site built in `site`.
  static func checkEverything(of path: String, site: String) throws {
    try checkEveryRegion(of: path, site: site)
    try checkEveryCohort(of: path, site: site)
    try checkAnnouncedTotals(of: path, site: site)
    try checkEveryProvince(of: path, site: site)
  }

  @Test func everyFieldOfARegionsRecords_showsInItsProfileAndItsPage() throws {
    let test = try Self.filledStore()
    defer { test.remove() }
    try Self.checkEverything(of: test.path, site: test.root + "/site")
  }

  @Test func theShippedRegistry_showsEverythingItHolds() throws {
    let scratch = try TestStore(empty: ())
    defer { scratch.remove() }
    try Self.checkEverything(of: TestStore.shippedData, site: scratch.root + "/site")
  }

  /// A field the renderers were not taught is printed under its name, with its value as text.
  @Test func aFieldNotLaidOut_isPrintedUnderItsName() throws {
    let registry = try Store(directory: TestStore.fixture).load()
    let letter = try #require(registry.letters.first { $0.note != nil && $0.issuer != nil })
    let others = RecordFields.others(of: letter.jsonValue, in: .letters, laidOut: ["number", "date", "cohort"])
    #expect(
      others.map(\.name)
        == ["issuer", "subject", "regencies", "sources", "note"].filter { name in
          letter.jsonValue[name].map { RecordFields.plainText(of: $0) != "" } ?? false
        })
    #expect(others.first { $0.name == "note" }?.value == letter.note)
    #expect(others.first { $0.name == "regencies" }?.value == letter.regencies.joined(separator: "; "))
    let mou = try #require(registry.mous.first { $0.regionalSignatory?.name != nil && $0.regionalSignatory?.office != nil })
    let signatory = try #require(
      RecordFields.others(of: mou.jsonValue, in: .mous, laidOut: []).first { $0.name == "regionalSignatory" })
    #expect(signatory.value.contains("name: \(mou.regionalSignatory?.name ?? "")"))
    #expect(signatory.value.contains("office: \(mou.regionalSignatory?.office ?? "")"))
    // Every name the renderers claim to lay out is a declared field.
    for (collection, names) in RecordFields.laidOut {
      let declared = Set(CollectionSchema.of(collection).fields.map(\.name))
      #expect(names.isSubset(of: declared), "\(collection): \(names.subtracting(declared))")
    }
  }
}
