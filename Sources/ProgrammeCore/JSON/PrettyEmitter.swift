/// Writes JSON piece by piece in exactly `JSONWriter`'s pretty layout, for records whose keys
/// the caller emits already sorted: the fast path for writing large collections without
/// building a `JSONValue` tree first.
struct PrettyEmitter {
  private(set) var bytes: [UInt8] = []
  private var depth = 0
  /// Whether each open container has had no member yet.
  private var empty: [Bool] = []
  /// Whether a key was just written, so the next value is its value, not a new member.
  private var afterKey = false

  init(capacity: Int) {
    bytes.reserveCapacity(capacity)
  }

  /// An emitter that continues inside a top-level array: its first value is the array's first
  /// element, or (`continuing`) follows earlier elements written by another emitter.
  init(capacity: Int, insideArrayContinuing continuing: Bool) {
    bytes.reserveCapacity(capacity)
    depth = 1
    empty = [!continuing]
  }

  /// A key inside an object; its value follows.
  mutating func key(_ key: String) {
    beginMember()
    JSONWriter.writeString(key, into: &bytes)
    bytes.append(contentsOf: ": ".utf8)
    afterKey = true
  }

  /// A string value (after a key, or as an array element).
  mutating func string(_ text: String) {
    beginValue()
    JSONWriter.writeString(text, into: &bytes)
  }

  /// A key and its string value, left out when the value is absent.
  mutating func field(_ name: String, _ text: String?) {
    guard let text else { return }
    key(name)
    string(text)
  }

  mutating func openObject() { open(UInt8(ascii: "{")) }
  mutating func openArray() { open(UInt8(ascii: "[")) }
  mutating func closeObject() { close(UInt8(ascii: "}"), emptyForm: "{}") }
  mutating func closeArray() { close(UInt8(ascii: "]"), emptyForm: "[]") }

  /// The text ends with a newline, as `JSONWriter`'s does.
  mutating func finish() {
    bytes.append(0x0A)
  }

  private mutating func open(_ byte: UInt8) {
    beginValue()
    bytes.append(byte)
    depth += 1
    empty.append(true)
  }

  private mutating func close(_ byte: UInt8, emptyForm: String) {
    depth -= 1
    if empty.removeLast() {
      // Nothing inside: JSONWriter writes "{}" or "[]".
      bytes.removeLast()
      bytes.append(contentsOf: emptyForm.utf8)
    } else {
      newline()
      bytes.append(byte)
    }
  }

  private mutating func beginValue() {
    if afterKey {
      afterKey = false
    } else {
      beginMember()
    }
  }

  /// A comma after the previous member, and a new line at the container's depth.
  private mutating func beginMember() {
    guard !empty.isEmpty else { return }
    if empty[empty.count - 1] {
      empty[empty.count - 1] = false
    } else {
      bytes.append(UInt8(ascii: ","))
    }
    newline()
  }

  private static let spaces = [UInt8](repeating: 0x20, count: 64)

  private mutating func newline() {
    bytes.append(0x0A)
    let count = depth * 2
    if count <= Self.spaces.count {
      Self.spaces.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count])) }
    } else {
      bytes.append(contentsOf: repeatElement(0x20, count: count))
    }
  }
}
