import Foundation
import TestSupport
import Testing

@testable import ProgrammeCore

@Suite struct StoreTests {
  static let request = MoURequest(
    regency: "Kota Bekasi", signedOn: ReportedDate(CalendarDate(year: 2022, month: 4, day: 21)!),
    sources: [Source(text: "https://example.org/bekasi")])

  /// One buffer takes a large file, then a small one, then a larger one: each read gives that
  /// file's bytes exactly, on the real file system and through the copying default.
  @Test(arguments: [true, false])
  func readBuffer_holdsEachFileInTurn(local: Bool) throws {
    let scratch = try TestStore(empty: ())
    defer { scratch.remove() }
    let folder = scratch.root
    let fileSystem: any FileSystem = local ? LocalFileSystem() : FailingFileSystem(failure: .renameFails)
    let buffer = ReadBuffer(capacity: 4)
    for (name, count) in [("a", 5_000), ("b", 3), ("c", 70_000), ("d", 0)] {
      let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ count) }
      try fileSystem.writeFile(bytes, to: folder + "/" + name, permissions: 0o644)
      #expect(Array(try fileSystem.readFile(at: folder + "/" + name, into: buffer)) == bytes)
      #expect(try fileSystem.readFile(at: folder + "/" + name) == bytes)
    }
    #expect(throws: FileSystemError.self) { try fileSystem.readFile(at: folder + "/missing", into: buffer) }
  }

  @Test func update_writesOnlyTheChangedFile() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    let mou = try test.store.update { registry throws(ProgrammeError) in try registry.register(Self.request) }
    #expect(mou.id == "mou-2022-32.75")
    #expect(mou.ceremony == "ceremony-2022-04-21")
    let after = try test.snapshot()
    #expect(Set(after.keys) == Set(before.keys), "no temporary or marker files are left")
    for (name, bytes) in before where name != "mous.json" { #expect(after[name] == bytes, "\(name) changed") }
    #expect(after["mous.json"] != before["mous.json"])
    #expect(try test.store.load().mous.contains { $0.id == "mou-2022-32.75" })
  }

  @Test func update_thatThrows_writesNothing() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    #expect(
      throws: ProgrammeError.duplicateMoU(
        id: "mou-2022-51.02", signedOn: ReportedDate(CalendarDate(year: 2022, month: 4, day: 21)!))
    ) {
      try test.store.update { registry throws(ProgrammeError) in
        try registry.register(MoURequest(regency: "Tabanan", signedOn: ReportedDate(CalendarDate(year: 2022, month: 5, day: 1)!)))
      }
    }
    #expect(try test.snapshot() == before)
  }

  @Test func dryRun_writesNothing() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    _ = try test.store.update(dryRun: true) { registry throws(ProgrammeError) in try registry.register(Self.request) }
    #expect(try test.snapshot() == before)
  }

  @Test func update_keepsTheFileMode() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: test.path + "/mous.json")
    _ = try test.store.update { registry throws(ProgrammeError) in try registry.register(Self.request) }
    let mode = try FileManager.default.attributesOfItem(atPath: test.path + "/mous.json")[.posixPermissions] as? Int
    #expect(mode == 0o640)
  }

  @Test(arguments: FailingFileSystem.Failure.allCases)
  func failedWrite_leavesTheStoreAsItWas(failure: FailingFileSystem.Failure) throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    let store = Store(directory: test.path, fileSystem: FailingFileSystem(failure: failure))
    do {
      _ = try store.update { registry throws(ProgrammeError) in try registry.register(Self.request) }
      Issue.record("the write reported success")
    } catch {
      #expect(error.category == .inputOutput)
      let reasons: [FailingFileSystem.Failure: String] = [
        .diskFull: "No space left on device", .renameFails: "Input/output error", .readOnly: "Read-only file system",
      ]
      #expect(error.message.contains(reasons[failure] ?? "?"))
      if failure == .readOnly {
        #expect(error == .storeReadOnly(path: test.path, reason: "Read-only file system"))
      } else {
        #expect(error.message.contains("the store was left as it was"))
      }
    }
    #expect(try test.snapshot() == before)
  }

  @Test func interruptedMultiFileCommit_isCompletedByTheNextReader() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    // What a writer killed after writing the marker, before its renames, leaves behind.
    var registry = try test.store.load()
    try registry.register(Self.request)
    registry.claims.removeAll()
    let mous = JSONWriter().bytes(for: .array(registry.records(of: .mous)))
    let claims = JSONWriter().bytes(for: .array(registry.records(of: .claims)))
    try Data(mous).write(to: URL(fileURLWithPath: test.path + "/.mous.json.tmp-1-0"))
    try Data(claims).write(to: URL(fileURLWithPath: test.path + "/.unconfirmed-claims.json.tmp-1-1"))
    try Data("stale".utf8).write(to: URL(fileURLWithPath: test.path + "/.cohorts.json.tmp-9-0"))
    let marker = JSONValue.array([
      .object(["temporary": .string(test.path + "/.mous.json.tmp-1-0"), "target": .string(test.path + "/mous.json")]),
      .object([
        "temporary": .string(test.path + "/.unconfirmed-claims.json.tmp-1-1"),
        "target": .string(test.path + "/unconfirmed-claims.json"),
      ]),
    ])
    try Data(JSONWriter().bytes(for: marker)).write(to: URL(fileURLWithPath: test.path + "/.commit"))
    let loaded = try test.store.load()
    #expect(loaded.mous.contains { $0.id == "mou-2022-32.75" })
    #expect(loaded.claims.isEmpty)
    let names = try FileManager.default.contentsOfDirectory(atPath: test.path)
    #expect(!names.contains { $0.hasPrefix(".") }, "\(names)")
  }

  @Test func staleTemporaryFiles_areIgnoredOnReadAndRemovedByTheNextWriter() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    try Data("{ half a fi".utf8).write(to: URL(fileURLWithPath: test.path + "/.mous.json.tmp-123-0"))
    _ = try test.store.load()
    _ = try test.store.update { registry throws(ProgrammeError) in try registry.register(Self.request) }
    #expect(!FileManager.default.fileExists(atPath: test.path + "/.mous.json.tmp-123-0"))
  }

  @Test func create_makesAStoreWithReferenceDataOnly() throws {
    let test = try TestStore(empty: ())
    defer { test.remove() }
    try Store.create(at: test.path, holding: try ReferenceData.registry())
    let registry = try test.store.load()
    #expect(registry.regencies.count == 514)
    #expect(registry.mous.isEmpty)
    #expect(throws: ProgrammeError.storeAlreadyExists(path: test.path)) {
      try Store.create(at: test.path, holding: Registry())
    }
  }

  /// The library names the remedy and words it without naming any interface; the command line
  /// words it as its flags (`CLIRemedyTests`).
  @Test func missingStore_saysHowToPointAtOne() {
    do {
      _ = try Store(directory: "/nonexistent/Data").load()
      Issue.record("loaded a missing store")
    } catch {
      #expect(error.remedy == .nameTheStore)
      #expect(error.message == "no store at '/nonexistent/Data'; name the store's folder, or create a store there")
      #expect(!error.message.contains("--"))
    }
  }
}
