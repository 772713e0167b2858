import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing MoUs straight to the store's bytes, keys in the store's (sorted) order; each MoU's
/// `emit(into:)` is generated from Sources/RecordDeclarations (Generated/FastPath+Generated.swift).
extension MoU {
  /// The whole `mous.json` for these MoUs (already sorted by id), byte for byte as
  /// `JSONWriter` writes `.array(mous.map(\.jsonValue))`; a test holds the two together.
  ///
  /// A large collection is written in two halves at once, joined inside the array's brackets.
  static func fileBytes(_ mous: [MoU]) -> [UInt8] {
    fileChunks(mous).flatMap { $0 }
  }

  /// The same bytes in pieces, written one after another without first joining them.
  static func fileChunks(_ mous: [MoU]) -> [[UInt8]] {
    guard !mous.isEmpty else { return [Array("[]\n".utf8)] }
    let middle = mous.count >= 2_000 ? mous.count / 2 : mous.count
    let halves = UnsafeMutableBufferPointer<[UInt8]>.allocate(capacity: 2)
    halves.initialize(repeating: [])
    defer {
      halves.deinitialize()
      halves.deallocate()
    }
    nonisolated(unsafe) let slots = halves
    let records = mous
    DispatchQueue.concurrentPerform(iterations: middle < mous.count ? 2 : 1) { half in
      let range = half == 0 ? 0..<middle : middle..<records.count
      var emitter = PrettyEmitter(capacity: range.count * 700, insideArrayContinuing: half == 1)
      for mou in records[range] { mou.emit(into: &emitter) }
      slots[half] = emitter.bytes
    }
    return [[UInt8(ascii: "[")], halves[0], halves[1], Array("\n]\n".utf8)]
  }
}
