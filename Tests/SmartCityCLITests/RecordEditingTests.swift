import Foundation
import ProgrammeCore
import TestSupport
import Testing

/// Every kind of record can be added, corrected, removed and imported, with the checks, the
/// journal and `--dry-run` that MoUs have.
@Suite struct EveryRecordCorrectableTests {
  /// A field of each collection that `edit` can change without touching the record's id.
  static func editableField(of collection: Collection) -> String {
    switch collection {
    case .provinces, .regencies: "name"
    case .pillars: "summary"
    default: "note"
    }
  }

  /// Exported as CSV, a record taken out and the whole file imported again: that record comes
  /// back exactly and every other row is recognised as already held. Then one field corrected
  /// with `edit` (a dry run first), and `undo` takes the correction back.
  @Test(arguments: Registry.importable)
  func everyKindOfRecord_isRemovedImportedAndEdited(collection: Collection) throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    if collection == .quickWins {
      // The fixture has none: the first comes from `add`.
      let added = try CLI.run(
        ["add", "quick-wins", "--set", "regency=Kota Batu", "--set", "pillar=governance", "--set", "title=Satu Data"]
          + ["--set", "status=planned"], data: test.path)
      #expect(added.standardOutput == "Added quick win quickwin-2017-35.79-satu-data (unsourced)\n", "\(added.standardError)")
    }
    let registry = try test.store.load()
    let key = CollectionSchema.of(collection).primaryKey
    let ids = registry.records(of: collection).compactMap { $0[key]?.stringValue }
    let free = try #require(ids.first { registry.records(naming: $0, in: collection).isEmpty } ?? ids.first)
    let original = try test.snapshot()

    if registry.records(naming: free, in: collection).isEmpty {
      let csv = try CLI.run(["export", "--format", "csv", "--collection", collection.rawValue], data: test.path)
      #expect(csv.status == 0)
      let file = test.root + "/\(collection.rawValue).csv"
      try Data(csv.standardOutput.utf8).write(to: URL(fileURLWithPath: file))
      let removed = try CLI.run(["remove", free, "--yes"], data: test.path)
      #expect(removed.status == 0, "\(removed.standardError)")
      #expect(try test.snapshot()[collection.fileName] != original[collection.fileName])
      let imported = try CLI.run(["import", file, "--collection", collection.rawValue], data: test.path)
      #expect(imported.status == 0, "\(imported.standardError)")
      #expect(
        imported.standardOutput.contains("Imported 1 record into \(collection.fileName) from"), "\(imported.standardOutput)")
      if ids.count > 1 { #expect(imported.standardOutput.contains("; \(ids.count - 1) already in the store")) }
      #expect(try test.snapshot()[collection.fileName] == original[collection.fileName])
    }

    let field = Self.editableField(of: collection)
    let before = try test.snapshot()
    let dry = try CLI.run(["edit", free, "--set", "\(field)=Corrected by hand", "--dry-run"], data: test.path)
    #expect(dry.status == 0 && dry.standardOutput.hasPrefix("Would edit \(free): changed \(field)"), "\(dry.standardError)")
    #expect(try test.snapshot() == before)
    let edited = try CLI.run(["edit", free, "--set", "\(field)=Corrected by hand"], data: test.path)
    #expect(edited.status == 0 && edited.standardOutput == "Edited \(free): changed \(field)\n", "\(edited.standardError)")
    let record = try test.store.load().records(of: collection).first { $0[key]?.stringValue == free }
    #expect(record?[field]?.stringValue == "Corrected by hand")
    #expect(try CLI.run(["undo", "--yes"], data: test.path).status == 0)
    #expect(try test.snapshot() == before)
  }

  /// Every collection can be given a record with `add`, field by field, or its refusal says
  /// which field is wrong: nothing is written either way until the record is whole.
  @Test func ceremoniesClaimsAndTotals_areAdded_fieldByField() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let ceremony = try CLI.run(
      [
        "add", "ceremonies", "--set", "id=ceremony-2024-09-01", "--set", "cohort=2024", "--set",
        "Tanggal=Minggu, 1 September 2024",
        "--set", "mode=in-person", "--source", "example.org/upacara",
      ], data: test.path)
    #expect(
      ceremony.status == 0
        && ceremony.standardOutput == "Added ceremony ceremony-2024-09-01; source stored as https://example.org/upacara\n",
      "\(ceremony.standardError)")
    let claim = try CLI.run(
      ["add", "unconfirmed-claims", "--set", "regency=Kendal", "--set", "cohort=2022", "--set", "confidence=low"], data: test.path
    )
    #expect(claim.status == 0 && claim.standardOutput == "Added unconfirmed claim claim-2022-33.24 (unsourced)\n")
    let total = try CLI.run(
      ["add", "announced-totals", "--set", "year=2025", "--set", "cumulativeRegions=260", "--source", "https://example.org/t"],
      data: test.path)
    #expect(total.status == 0 && total.standardOutput == "Added announced total total-2025\n", "\(total.standardError)")
    let registry = try test.store.load()
    let added = try #require(registry.ceremonies.first { $0.id == "ceremony-2024-09-01" })
    #expect(added.date.description == "2024-09-01" && added.sources.first?.url == "https://example.org/upacara")
    #expect(registry.claims.contains { $0.id == "claim-2022-33.24" && $0.regency == "33.24" })
    #expect(registry.announcedTotals.contains { $0.id == "total-2025" && $0.cumulativeRegions == 260 })

    let before = try test.snapshot()
    let again = try CLI.run(
      ["add", "announced-totals", "--set", "year=2025", "--set", "cumulative_regions=260"], data: test.path)
    #expect(again.status == 1 && again.errorLines.count == 1)
    let wrongDay = try CLI.run(
      ["add", "ceremonies", "--set", "id=c", "--set", "cohort=2024", "--set", "date=Senin, 1 September 2024"], data: test.path)
    #expect(wrongDay.status == 1 && wrongDay.standardError.contains("was a Sunday"), "\(wrongDay.standardError)")
    #expect(try test.snapshot() == before)
  }

  /// A milestone's id is made from its date: the corrected date renames it, names the new id,
  /// keeps the journal, and a date written as the press writes it is read.
  @Test func aMilestoneDate_isCorrected_andTheIdFollows() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let id = "milestone-2021-12.12-bimtek-1-2021-06-28"
    let before = try test.snapshot()
    let edited = try CLI.run(
      ["edit", id, "--set", "date=Selasa (29/6/2021)", "--source", "example.org/bimtek", "--evidence", "29 June"],
      data: test.path)
    #expect(
      edited.standardOutput
        == "Edited \(id) (now milestone-2021-12.12-bimtek-1-2021-06-29): changed date, id, sources; "
        + "source stored as https://example.org/bimtek\n",
      "\(edited.standardError)")
    let milestone = try #require(try test.store.load().milestones.first { $0.id == "milestone-2021-12.12-bimtek-1-2021-06-29" })
    #expect(milestone.sources.last?.url == "https://example.org/bimtek" && milestone.sources.last?.evidence == "29 June")
    #expect(milestone.sources.count == 2)
    #expect(try CLI.run(["undo", "--yes"], data: test.path).status == 0)
    #expect(try test.snapshot() == before)
  }

  /// Each wrong edit is one line on standard error with its exit status, and the store is
  /// left byte for byte as it was.
  @Test(arguments: [
    (["--set", "foo=x"], 1, "foo: not a field of milestones; use one of: id, regency,"),
    (["--set", "date=2021-06-29", "--set", "Date=2021-06-30"], 1, "date: given twice"),
    (["--set", "id=milestone-x"], 1, "id: is made from the record's other fields"),
    (["--clear", "regency"], 1, "regency: every record of its kind needs it"),
    (["--set", "note=x", "--clear", "note"], 1, "note: both given a value and emptied"),
    (["--set", "until=2021-06-01"], 1, "until: ends before it starts"),
    (["--set", "kind=bimtek-9"], 1, "kind: use one of bimtek-1,"),
    (["--set", "date=Senin (29/6/2021)"], 1, "2021-06-29 was a Tuesday, not a Monday"),
    (["--source", "not an address"], 64, "--source <source>"),
    (["--evidence", "said so"], 64, "--evidence"),
    (["--set", "note"], 64, "expected FIELD=VALUE"),
    (["--set", "note="], 64, "must not be empty"),
    ([], 64, "an option saying what to change (see 'smartcity edit --help')"),
  ])
  func aWrongEdit_isRefused_andChangesNothing(options: [String], status: Int32, message: String) throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    let result = try CLI.run(["edit", "milestone-2021-12.12-bimtek-1-2021-06-28"] + options, data: test.path)
    #expect(result.status == status && result.standardError.contains(message), "\(result.standardError)")
    #expect(result.errorLines.count == 1, "\(result.standardError)")
    #expect(try test.snapshot() == before)
  }

  /// A record others name keeps its id: renaming a ceremony its MoUs joined is refused naming
  /// them; its other fields can be corrected; a region given by name becomes its code.
  @Test func aNamedRecord_keepsItsId_andNamesResolve() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    let renamed = try CLI.run(["edit", "ceremony-2017-05-22", "--set", "id=ceremony-2017-05-23"], data: test.path)
    #expect(renamed.status == 1 && renamed.standardError.contains("ceremony-2017-05-22 is referred to by mou-2017-"))
    #expect(renamed.standardError.contains("and 20 more; remove or change those first"), "\(renamed.standardError)")
    let cohort = try CLI.run(["edit", "2021", "--set", "id=2021b"], data: test.path)
    #expect(cohort.status == 1 && cohort.standardError.contains("2021 is referred to by"))
    #expect(try test.snapshot() == before)
    let venue = try CLI.run(["edit", "ceremony-2017-05-22", "--set", "venue=Hotel Four Points"], data: test.path)
    #expect(venue.standardOutput == "Edited ceremony-2017-05-22: changed venue\n")
    let claim = try CLI.run(["edit", "claim-2021-35.79", "--set", "regency=Kendal"], data: test.path)
    #expect(
      claim.standardOutput == "Edited claim-2021-35.79 (now claim-2021-33.24): changed id, regency\n", "\(claim.standardError)")
    let mou = try CLI.run(["edit", "mou-2017-11.71", "--set", "signatory=Aminullah Usman"], data: test.path)
    #expect(mou.standardOutput == "Edited mou-2017-11.71: changed regional_signatory\n", "\(mou.standardError)")
    #expect(try test.store.load().mous.first { $0.id == "mou-2017-11.71" }?.regionalSignatory?.name == "Aminullah Usman")
  }

  /// Quick wins, claims and totals import as the other collections do: headers in English or
  /// Indonesian, regions by name, the membership found, the `evidence` column, and a sources
  /// cell that holds only addresses (prose there would be kept as a citation by mistake).
  @Test func quickWins_importAsSpreadsheetsWriteThem() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let file = test.root + "/quick-wins.csv"
    try Data(
      "Kabupaten/Kota;Pilar;Judul;Status;Mulai;Sumber;Bukti\nKota Batu;governance;Satu Data Batu;planned;5/1/2023;example.org/sd;dikatakan\n;;;;;;\n"
        .utf8
    ).write(to: URL(fileURLWithPath: file))
    let imported = try CLI.run(["import", file, "--collection", "quick-wins"], data: test.path)
    #expect(
      imported.status == 0 && imported.standardOutput.hasPrefix("Imported 1 record into quick-wins.json"),
      "\(imported.standardError)")
    let quickWin = try #require(try test.store.load().quickWins.first { $0.title == "Satu Data Batu" })
    #expect(quickWin.id == "quickwin-2017-35.79-satu-data-batu" && quickWin.start?.description == "2023-01-05")
    #expect(quickWin.sources == [Source(url: "https://example.org/sd", evidence: "dikatakan").withPublisher])

    let before = try test.snapshot()
    try Data("regency,pillar,title,status,source\nKota Batu,economy,Pasar,planned,Kompas 3 Mei\n".utf8).write(
      to: URL(fileURLWithPath: file))
    let prose = try CLI.run(["import", file, "--collection", "quick-wins"], data: test.path)
    #expect(prose.status == 1 && prose.standardError.contains("'Kompas 3 Mei' is not a web address"), "\(prose.standardError)")
    #expect(try test.snapshot() == before)
  }
}

extension Source {
  /// The source as the store keeps an address: with its host as publisher.
  fileprivate var withPublisher: Source {
    var source = self
    source.publisher = host
    return source
  }
}

/// A source typed without its scheme is stored with `https://`, and every command that takes
/// `--source` says so in its confirmation: a person sees the address that was kept.
@Suite struct SourceAsStoredTests {
  @Test(arguments: [
    ["add-mou", "--regency", "Kota Bogor", "--date", "2022-04-21"],
    ["add-milestone", "--regency", "Kota Batu", "--kind", "bimtek-1", "--date", "2019-06-01"],
    ["add-quickwin", "--regency", "Kota Batu", "--pillar", "governance", "--title", "Satu Data"],
    ["add-regency", "--code", "91.98", "--name", "Contoh"],
    ["add-letter", "--number", "B-1/2024", "--date", "2024-01-02", "--cohort", "2024", "--regencies", "Kota Bekasi"],
    ["add-cohort", "--id", "2025", "--title", "Cohort 2025", "--years", "2025", "--announced-size", "0"],
    ["edit-mou", "mou-2017-11.71"],
    ["edit", "milestone-2021-12.12-bimtek-1-2021-06-28"],
    ["add", "announced-totals", "--set", "year=2025", "--set", "cumulative_regions=260"],
  ])
  func aBareAddress_isShownAsStored(command: [String]) throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let result = try CLI.run(command + ["--source", "example.org/page-1", "--dry-run"], data: test.path)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(
      result.standardOutput.hasSuffix("; source stored as https://example.org/page-1; dry run, nothing written\n"),
      "\(result.standardOutput)")
    let whole = try CLI.run(command + ["--source", "https://example.org/page-1", "--dry-run"], data: test.path)
    #expect(!whole.standardOutput.contains("stored as"), "\(whole.standardOutput)")
  }
}
