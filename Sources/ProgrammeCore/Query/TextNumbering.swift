/// Texts numbered in the order they are first met (0, 1, …), found again by their UTF-8 bytes
/// with a hash of eight bytes at a time: the audit of sources looks up every cited address, and
/// a standard dictionary's hash of a long address costs several times the lookup around it.
///
/// Two texts share a number exactly when they are equal as `String`s compare them. Among ASCII
/// texts that is equality of bytes; beyond ASCII, texts with different bytes can be equal (an
/// accent composed or not), so from the first such text on every text is numbered through a
/// dictionary, which compares them as `String`s do.
struct TextNumbering {
  /// Open addressing: a number plus one, or 0 for a free slot; a power of two, at least twice
  /// the count.
  private var slots: [Int32]
  private var hashes: [UInt64] = []
  /// Each number's text.
  private(set) var texts: [String] = []
  /// Every text's number, once a text beyond ASCII has been met (and only then).
  private var byText: [String: Int]?

  /// Nothing numbered yet, with room for about `capacity` texts before the table grows.
  init(capacity: Int = 0) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = Array(repeating: 0, count: size)
    hashes.reserveCapacity(capacity)
    texts.reserveCapacity(capacity)
  }

  /// How many texts are numbered.
  var count: Int { texts.count }

  /// The text's number, given it now if it has none.
  mutating func number(of text: String) -> Int {
    let (hash, isASCII) = Self.hash(text)
    if byText == nil && !isASCII {
      byText = Dictionary(texts.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }
    if byText != nil {
      if let number = byText?[text] { return number }
      texts.append(text)
      byText?[text] = texts.count - 1
      return texts.count - 1
    }
    let mask = slots.count - 1
    var slot = Self.home(of: hash, mask)
    while slots[slot] != 0 {
      let number = Int(slots[slot]) - 1
      if hashes[number] == hash, texts[number] == text { return number }
      slot = (slot + 1) & mask
    }
    hashes.append(hash)
    texts.append(text)
    slots[slot] = Int32(truncatingIfNeeded: texts.count)
    if texts.count * 2 > slots.count { grow() }
    return texts.count - 1
  }

  private mutating func grow() {
    slots = Array(repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for number in hashes.indices {
      var slot = Self.home(of: hashes[number], mask)
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(truncatingIfNeeded: number + 1)
    }
  }

  /// A hash's first slot: its high half folded in, as a product's low bits depend only on its
  /// factors' low bits.
  private static func home(of hash: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
  }

  /// A 64-bit hash of the text's UTF-8 bytes, eight at a time (rotate, mix and multiply, as
  /// FxHash does), and whether they are all ASCII.
  static func hash(_ text: String) -> (hash: UInt64, isASCII: Bool) {
    text.utf8.withContiguousStorageIfAvailable(hash(bytes:)) ?? hash(bytes: Array(text.utf8))
  }

  static func hash(bytes: some RandomAccessCollection<UInt8>) -> (hash: UInt64, isASCII: Bool) {
    var hash = UInt64(truncatingIfNeeded: bytes.count)
    func mix(_ word: UInt64) { hash = (((hash << 5) | (hash >> 59)) ^ word) &* 0x517c_c1b7_2722_0a95 }
    var high: UInt8 = 0
    var word: UInt64 = 0
    var filled = 0
    for byte in bytes {
      high |= byte
      word |= UInt64(byte) << (filled * 8)
      filled += 1
      if filled == 8 {
        mix(word)
        word = 0
        filled = 0
      }
    }
    if filled > 0 { mix(word) }
    return (hash, high < 0x80)
  }
}
