import Foundation
import TestSupport
import Testing

@testable import ProgrammeCore

/// The journal and `undo`, editing and removing MoUs, adding other records.
@Suite struct JournalTests {
  static let label = JournalEntry.Label(command: "smartcity test", time: "2026-11-23T00:00:00Z")
  static let bekasi = MoURequest(
    regency: "Kota Bekasi", signedOn: ReportedDate(CalendarDate(year: 2022, month: 4, day: 21)!), sources: [Source(text: "test")])
  static let bogor = MoURequest(
    regency: "Kota Bogor", signedOn: ReportedDate(CalendarDate(year: 2022, month: 4, day: 21)!), sources: [Source(text: "test")])

  @Test func undo_restoresEachEarlierStateByteForByte() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let original = try test.snapshot()
    try test.store.update(journal: Self.label) { registry throws(ProgrammeError) in try registry.register(Self.bekasi) }
    let afterFirst = try test.snapshot()
    try test.store.update(journal: Self.label) { registry throws(ProgrammeError) in
      try registry.register(Self.bogor)
      registry.claims.removeAll()
    }
    // Emptying a collection brings the description along (Frictionless reads it as a file then).
    #expect(
      try test.store.journal().map(\.files) == [["mous.json", "unconfirmed-claims.json", "datapackage.json"], ["mous.json"]])
    let undone = try test.store.undo()
    #expect(undone.sequence == 2 && undone.label == Self.label)
    #expect(try test.snapshot() == afterFirst)
    try test.store.undo()
    #expect(try test.snapshot() == original)
    #expect(throws: ProgrammeError.nothingToUndo(path: test.path + "/.journal")) { try test.store.undo() }
    #expect(try FileManager.default.contentsOfDirectory(atPath: test.path + "/.journal").isEmpty)
  }

  @Test func dryRunAndUnchangedWrites_leaveNoEntry() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    try test.store.update(dryRun: true, journal: Self.label) { registry throws(ProgrammeError) in
      try registry.register(Self.bekasi)
    }
    try test.store.update(journal: Self.label) { _ throws(ProgrammeError) in }
    #expect(try test.store.journal().isEmpty)
    let entry = try? test.store.undo(dryRun: true)
    #expect(entry == nil)
  }

  @Test func journal_keepsTheNewestEntriesOnly() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let registry = try test.store.load()
    let codes = registry.regencies.map(\.code).filter { code in registry.mous(of: code).isEmpty }.prefix(Store.journalDepth + 3)
    for code in codes {
      try test.store.update(journal: Self.label) { registry throws(ProgrammeError) in
        try registry.register(MoURequest(regency: code, signedOn: ReportedDate(CalendarDate(year: 2022, month: 4, day: 21)!)))
      }
    }
    let entries = try test.store.journal()
    #expect(entries.count == Store.journalDepth)
    #expect(entries.first?.sequence == Store.journalDepth + 3 && entries.last?.sequence == 4)
  }

  /// A writer killed after staging its entry, before the commit: the next write removes the
  /// staging folder, and the journal holds only committed writes.
  @Test func staleStagingFolder_isRemovedByTheNextWriter() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    _ = try test.store.stageJournalEntry(replacing: ["mous.json"], label: Self.label)
    try test.store.update(journal: Self.label) { registry throws(ProgrammeError) in try registry.register(Self.bekasi) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: test.path + "/.journal") == ["00000001"])
    #expect(try test.store.journal().map(\.sequence) == [1])
  }

  @Test func failedWrite_leavesNeitherStoreNorJournalChanged() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    for failure in FailingFileSystem.Failure.allCases {
      let store = Store(directory: test.path, fileSystem: FailingFileSystem(failure: failure), lockTimeout: 2)
      #expect(throws: ProgrammeError.self) {
        try store.update(journal: Self.label) { registry throws(ProgrammeError) in try registry.register(Self.bekasi) }
      }
      #expect(try test.snapshot() == before)
      #expect(try test.store.journal().isEmpty)
    }
  }

  /// An undo whose journal cannot be changed is refused before it promises anything: no commit
  /// marker is left, the store reads as before, and the undo can be made once it can.
  @Test func undo_withAJournalItCannotChange_isRefusedBeforeItsMarker() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    try test.store.update(journal: Self.label) { registry throws(ProgrammeError) in try registry.register(Self.bekasi) }
    let before = try test.snapshot()
    let blocked = Store(directory: test.path, fileSystem: FailingFileSystem(readOnlyFolder: ".journal"), lockTimeout: 2)
    #expect(throws: ProgrammeError.self) { try blocked.undo() }
    #expect(try test.snapshot() == before)
    #expect(LocalFileSystem().itemKind(at: test.path + "/" + Store.commitMarker) == .missing)
    #expect(try test.store.load().mous.contains { $0.regency == "32.75" && $0.cohort == "2022" })
    try test.store.undo()
    #expect(try !test.store.load().mous.contains { $0.regency == "32.75" && $0.cohort == "2022" })
  }

  @Test func edit_changesOnlyWhatIsGivenAndKeepsTheOrder() throws {
    var registry = try Store(directory: TestStore.fixture).load()
    var edit = MoUEdit()
    edit.venue = "Hotel Inaya Bay"
    edit.addedSources = [Source(text: "https://example.org/second")]
    let change = try registry.edit("mou-2021-53.19", with: edit)
    #expect(change.after.venue == "Hotel Inaya Bay")
    #expect(change.after.sources == change.before.sources + [Source(text: "https://example.org/second")])
    #expect(Source(text: "https://example.org/second").publisher == "example.org")
    #expect(change.after.regionalSignatory == change.before.regionalSignatory)

    var move = MoUEdit()
    move.regency = "Kota Bekasi"
    move.cohort = "2022"
    move.signedOn = CalendarDate(year: 2022, month: 4, day: 21).map(ReportedDate.init)
    // The Manggarai Timur MoU has milestones: moving it is refused.
    #expect(throws: ProgrammeError.self) { try registry.edit("mou-2021-53.19", with: move) }
    var clear = MoUEdit()
    clear.cleared = [.venue, .signatory]
    let cleared = try registry.edit("mou-2021-53.19", with: clear)
    #expect(cleared.after.venue == nil && cleared.after.regionalSignatory == nil)
    #expect(registry.mous.map(\.id) == registry.mous.map(\.id).sorted { $0.precedesInBytes($1) })
  }

  @Test func editAndRemove_refuseUnknownIdsAndDependents() throws {
    var registry = try Store(directory: TestStore.fixture).load()
    #expect(throws: ProgrammeError.unknownMoU(id: "mou-2099-53.19", suggestions: ["mou-2021-53.19"])) {
      try registry.removeMoU("mou-2099-53.19")
    }
    #expect {
      try registry.removeMoU("mou-2021-53.19")
    } throws: { error in
      guard case .recordInUse(let id, let records) = error as? ProgrammeError else { return false }
      return id == "mou-2021-53.19" && records.contains { $0.hasPrefix("milestone-2021-53.19-") }
    }
    let free = try #require(registry.mous.first { registry.dependents(of: $0).isEmpty })
    let removed = try registry.removeMoU(free.id)
    #expect(removed == free && !registry.mous.contains(free))
  }

  @Test func add_checksRecordsAsTheLoaderDoes() throws {
    var registry = try Store(directory: TestStore.fixture).load()
    #expect(throws: ProgrammeError.duplicateRecord(collection: .regencies, id: "53.19")) {
      try registry.add(Regency(code: "53.19", name: "Manggarai Barat", kind: .kabupaten, province: "53"))
    }
    #expect(
      throws: ProgrammeError.invalidInput(
        field: "province", reason: Phrase(.notInFile, ["value": "99", "file": "provinces.json"]))
    ) {
      try registry.add(Regency(code: "99.01", name: "Nowhere", kind: .kabupaten, province: "99"))
    }
    #expect(
      throws: ProgrammeError.invalidInput(field: "cohort", reason: Phrase(.notInFile, ["value": "2099", "file": "cohorts.json"]))
    ) {
      try registry.add(SelectionLetter(number: "X/1", date: CalendarDate(year: 2024, month: 1, day: 2)!, cohort: "2099"))
    }
    try registry.add(Cohort(id: "2025", title: "Gerakan Menuju Smart City 2025", years: [2025], announcedSize: 0))
    #expect(registry.cohort(id: "2025") != nil)
  }

  @Test func validation_findsCrossRecordProblemsAndWarnings() throws {
    let shipped = try Store(directory: TestStore.fixture).validate()
    #expect(shipped.isValid)
    #expect(
      shipped.warnings.contains { $0.check == "cohort-size" && $0.message == "cohort 2021: 7 members registered, 48 announced" })
    #expect(
      shipped.warnings.contains { $0.check == "unsourced" && $0.message.hasPrefix("letters.json: 1 record without a source") })

    // A letter naming a region twice is refused by the loader, so by every command alike.
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    #expect(throws: ProgrammeError.self) {
      try test.store.update { (registry: inout Registry) throws(ProgrammeError) in
        let index = registry.letters.firstIndex { !$0.regencies.isEmpty }!
        registry.letters[index].regencies.append(registry.letters[index].regencies[0])
      }
    }

    try test.write("letters.json", "[")
    let broken = try test.store.validate()
    #expect(!broken.isValid && broken.errors.map(\.check) == ["load"])
  }
  @Test func undo_refusesAnEntryWhoseFileIsGone() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    try test.store.update(journal: Self.label) { registry throws(ProgrammeError) in try registry.register(Self.bekasi) }
    let before = try test.snapshot()
    try FileManager.default.removeItem(atPath: test.path + "/.journal/00000001/mous.json")
    #expect(
      throws: ProgrammeError.brokenJournal(
        path: test.path + "/.journal/00000001", reason: Phrase(.journalFileMissing, ["file": "mous.json"]))
    ) {
      try test.store.undo()
    }
    #expect(try test.snapshot() == before)
  }
}
