import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing MoUs straight to the store's bytes, keys in the store's (sorted) order.
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

  func emit(into emitter: inout PrettyEmitter) {
    emitter.openObject()
    emitter.key("accompaniedBy")
    emitter.openArray()
    for person in accompaniedBy { person.emit(into: &emitter) }
    emitter.closeArray()
    emitter.field("area", area)
    emitter.field("ceremony", ceremony)
    emitter.field("cohort", cohort)
    emitter.field("confidence", confidence?.rawValue)
    emitter.field("id", id)
    emitter.field("letter", letter)
    if let ministrySignatory {
      emitter.key("ministrySignatory")
      ministrySignatory.emit(into: &emitter)
    }
    emitter.field("mode", mode?.rawValue)
    emitter.field("note", note)
    emitter.field("number", number)
    emitter.field("presidedBy", presidedBy)
    emitter.field("regency", regency)
    if let regionalSignatory {
      emitter.key("regionalSignatory")
      regionalSignatory.emit(into: &emitter)
    }
    emitter.key("scope")
    emitter.openArray()
    for point in scope { emitter.string(point.rawValue) }
    emitter.closeArray()
    emitter.field("signedOn", signedOn.description)
    emitter.key("sources")
    emitter.openArray()
    for source in sources { source.emit(into: &emitter) }
    emitter.closeArray()
    emitter.field("venue", venue)
    emitter.closeObject()
  }
}

extension Signatory {
  func emit(into emitter: inout PrettyEmitter) {
    emitter.openObject()
    emitter.field("name", name)
    emitter.field("office", office)
    emitter.field("onBehalfOf", onBehalfOf)
    emitter.closeObject()
  }
}

extension Source {
  func emit(into emitter: inout PrettyEmitter) {
    emitter.openObject()
    emitter.field("date", date?.description)
    emitter.field("evidence", evidence)
    emitter.field("note", note)
    emitter.field("publisher", publisher)
    emitter.field("title", title)
    emitter.field("url", url)
    emitter.closeObject()
  }
}
