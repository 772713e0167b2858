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

  /// Bytes that tend to matter to a JSON reader.
  static let interesting: [UInt8] = Array("{}[]\",:\\/0123456789-+.eEtrufalsn \n\t".utf8) + [0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xFF]

  static func mutate(_ original: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
    var bytes = original
    for _ in 0..<Int.random(in: 1...3, using: &random) {
      guard !bytes.isEmpty else { break }
      let at = Int.random(in: 0..<bytes.count, using: &random)
      switch Int.random(in: 0..<9, using: &random) {
      case 0: bytes[at] = interesting.randomElement(using: &random) ?? 0
      case 1: bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
      case 2: bytes.insert(interesting.randomElement(using: &random) ?? 0, at: at)
      case 3: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &random)))
      case 4: bytes.removeSubrange(at...)
      case 5:
        let end = min(bytes.count, at + Int.random(in: 1...200, using: &random))
        bytes.insert(contentsOf: bytes[at..<end], at: Int.random(in: 0...bytes.count, using: &random))
      case 6:
        // Swap a value for another of another type.
        let values = ["null", "true", "1e999", "-0", "\"\"", "[]", "{}", "\"2021-02-30\"", "123456789012345678901234567890", "\"\\ud800\""]
        bytes.insert(contentsOf: Array((values.randomElement(using: &random) ?? "").utf8), at: at)
      case 7: bytes.insert(contentsOf: [UInt8](repeating: UInt8(ascii: "["), count: Int.random(in: 100...2000, using: &random)), at: at)
      default:
        // Duplicate a key's line, making duplicate keys and ids.
        if let start = bytes[..<at].lastIndex(of: 0x0A), let end = bytes[at...].firstIndex(of: 0x0A) {
          bytes.insert(contentsOf: bytes[start..<end], at: end)
        }
      }
    }
    return bytes
  }

  @Test(.timeLimit(.minutes(5)), arguments: files)
  func mutatedFile_isLoadedOrRefusedCleanly(file: String) throws {
    let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestStore.fixture + "/" + file)))
    var random = SeededRandom(seed: UInt64(truncatingIfNeeded: file.utf8.reduce(5381) { $0 &* 33 &+ Int($1) }))
    let collection = Collection.allCases.first { $0.fileName == file }
    var refused = 0
    for iteration in 0..<Self.iterations {
      let mutated = Self.mutate(original, &random)
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
