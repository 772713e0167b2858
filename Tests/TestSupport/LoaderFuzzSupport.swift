/// Mutations of a store file that tend to matter to a JSON reader, shared by the fuzz and
/// differential tests; deterministic from the seed of the random generator.
public enum LoaderFuzzSupport {
  /// Bytes that tend to matter to a JSON reader.
  public static let interesting: [UInt8] =
    Array("{}[]\",:\\/0123456789-+.eEtrufalsn \n\t".utf8) + [
      0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xFF,
    ]

  public static func mutate(_ original: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
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
        let values = [
          "null", "true", "1e999", "-0", "\"\"", "[]", "{}", "\"2021-02-30\"", "123456789012345678901234567890", "\"\\ud800\"",
        ]
        bytes.insert(contentsOf: Array((values.randomElement(using: &random) ?? "").utf8), at: at)
      case 7:
        bytes.insert(contentsOf: [UInt8](repeating: UInt8(ascii: "["), count: Int.random(in: 100...2000, using: &random)), at: at)
      default:
        // Duplicate a key's line, making duplicate keys and ids.
        if let start = bytes[..<at].lastIndex(of: 0x0A), let end = bytes[at...].firstIndex(of: 0x0A) {
          bytes.insert(contentsOf: bytes[start..<end], at: end)
        }
      }
    }
    return bytes
  }
}
