import Foundation
import ProgrammeCore
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Writers running at once, writers killed at random instants, and a lock held too long:
/// no write that reported success is ever lost, and the store always opens.
@Suite(.serialized) struct ConcurrencyTests {
  /// Regions with no MoU in cohort 2022 in the shipped store.
  static func freeRegions(_ count: Int) throws -> [String] {
    let registry = try Store(directory: TestStore.fixture).load()
    let taken = Set(registry.mous(in: "2022").map(\.regency))
    return Array(registry.regencies.map(\.code).filter { !taken.contains($0) }.prefix(count))
  }

  static func start(_ arguments: [String], data: String, environment: [String: String] = [:]) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CLI.binary)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["SMARTCITY_DATA"] = data
    for (key, value) in environment { env[key] = value }
    process.environment = env
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  @Test(.timeLimit(.minutes(1))) func thirtyTwoWritersAtOnce_allLand() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let codes = try Self.freeRegions(32)
    let processes = try codes.map { code in
      try Self.start(
        ["add-mou", "--regency", code, "--date", "2022-04-21", "--source", "https://example.org/test"], data: test.path)
    }
    for process in processes { process.waitUntilExit() }
    #expect(processes.allSatisfy { $0.terminationReason == .exit && $0.terminationStatus == 0 })
    let registry = try test.store.load()
    let stored = Set(registry.mous(in: "2022").map(\.regency))
    #expect(Set(codes).isSubset(of: stored))
    #expect(registry.mous.count == 88 + 32)
    let names = try FileManager.default.contentsOfDirectory(atPath: test.path)
    #expect(names.filter { $0.hasPrefix(".") } == [".journal"])
    // Every write was journalled; the journal keeps the newest ones, numbered without gaps.
    let entries = try FileManager.default.contentsOfDirectory(atPath: test.path + "/.journal").sorted()
    #expect(entries == (13...32).map { String(format: "%08d", $0) })
  }

  @Test(.timeLimit(.minutes(1))) func lockHeldTooLong_exits75AndWritesNothing() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    let descriptor = open(test.path, O_RDONLY | O_DIRECTORY)
    defer { close(descriptor) }
    #expect(flock(descriptor, LOCK_EX) == 0)
    let outcome = try CLI.run(
      ["add-mou", "--regency", "Kota Bogor", "--date", "2022-04-21"], environment: ["SMARTCITY_LOCK_TIMEOUT": "0.3"],
      data: test.path)
    #expect(outcome.status == 75)
    #expect(
      outcome.standardError.hasPrefix(
        "Error: the store is locked by another process (waited 0.3 s for the lock on \(test.path)/)"))
    #expect(try test.snapshot() == before)
    // Readers wait for a writer too, and say so the same way.
    let reader = try CLI.run(["list"], environment: ["SMARTCITY_LOCK_TIMEOUT": "0.2"], data: test.path)
    #expect(reader.status == 75)
    flock(descriptor, LOCK_UN)
    #expect(try CLI.run(["add-mou", "--regency", "Kota Bogor", "--date", "2022-04-21"], data: test.path).status == 0)
  }

  /// Kills writers with SIGKILL at random instants. After each kill the store opens and
  /// validates, and every MoU whose writer had exited 0 is in it.
  @Test(.timeLimit(.minutes(2))) func writersKilledAtRandom_neverBreakTheStoreNorLoseAWrite() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let trials = ProcessInfo.processInfo.environment["SMARTCITY_CRASH_TRIALS"].flatMap(Int.init) ?? 200
    let codes = try Self.freeRegions(trials)
    var random = SeededRandom(seed: 20_210_520)
    var confirmed: [String] = []
    var killed = 0
    for code in codes {
      let process = try Self.start(
        ["add-mou", "--regency", code, "--date", "2022-04-21", "--source", "https://example.org/test"], data: test.path)
      usleep(UInt32.random(in: 0...60_000, using: &random))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      if process.terminationReason == .exit {
        #expect(process.terminationStatus == 0)
        confirmed.append(code)
      } else {
        killed += 1
      }
      let registry = try test.store.load()
      let stored = Set(registry.mous(in: "2022").map(\.regency))
      #expect(confirmed.allSatisfy(stored.contains), "a confirmed write was lost after \(code)")
    }
    // The harness must really have interrupted writers, and let some finish.
    #expect(killed > 10)
    #expect(confirmed.count > 10)
    // Temporary files of killed writers are removed by the next writer.
    let next = try CLI.run(["add-mou", "--regency", "Kota Bogor", "--date", "2023-02-28"], data: test.path)
    #expect(next.status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: test.path)
    #expect(!names.contains { $0.contains(".tmp-") || $0 == ".commit" }, "\(names)")
  }
}
