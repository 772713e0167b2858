import Foundation
import TestSupport
import Testing

@testable import ProgrammeCore

/// Feeds mutated versions of every shipped store file to the loader: no crash, no hang, and
/// every refusal a one-line message naming the file. `SMARTCITY_FUZZ_ITERATIONS` sets the
/// number per file (10,000 by default; 100,000 or more for a long run).
@Suite struct LoaderFuzzTests {
  static let iterations = ProcessInfo.processInfo.environment["SMARTCITY_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 10_000
  static let files = [Store.manifestFile] + Collection.allCases.map(\.fileName)

  @Test(.timeLimit(.minutes(5)), arguments: files)
  func mutatedFile_isLoadedOrRefusedCleanly(file: String) throws {
    let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestStore.fixture + "/" + file)))
    var random = SeededRandom(seed: UInt64(truncatingIfNeeded: file.utf8.reduce(5381) { $0 &* 33 &+ Int($1) }))
    let collection = Collection.allCases.first { $0.fileName == file }
    var refused = 0
    for iteration in 0..<Self.iterations {
      let mutated = LoaderFuzzSupport.mutate(original, &random)
      do {
        let value = try Store.parse(mutated, file: file)
        if let collection {
          var registry = Registry()
          try registry.load(collection, from: value, file: file)
        } else {
          try Store.checkManifest(value, file: file)
        }
      } catch {
        refused += 1
        let message = error.message
        guard message.hasPrefix(file), !message.contains("\n"), message.count < 1000 else {
          Issue.record("iteration \(iteration): unclear message: \(message.prefix(300))")
          return
        }
      }
    }
    // Most mutations break the file; a fuzzer that never did would prove nothing.
    #expect(refused > Self.iterations / 2)
  }
}
