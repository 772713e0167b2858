/// Writing MoUs straight to the store's bytes, keys in the store's (sorted) order.
extension MoU {
  /// The whole `mous.json` for these MoUs (already sorted by id), byte for byte as
  /// `JSONWriter` writes `.array(mous.map(\.jsonValue))`; a test holds the two together.
  static func fileBytes(_ mous: [MoU]) -> [UInt8] {
    var emitter = PrettyEmitter(capacity: mous.count * 700 + 16)
    emitter.openArray()
    for mou in mous { mou.emit(into: &emitter) }
    emitter.closeArray()
    emitter.finish()
    return emitter.bytes
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
    emitter.field("id", id)
    emitter.field("letter", letter)
    if let ministrySignatory {
      emitter.key("ministrySignatory")
      ministrySignatory.emit(into: &emitter)
    }
    emitter.field("mode", mode?.rawValue)
    emitter.field("note", note)
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
    emitter.field("note", note)
    emitter.field("publisher", publisher)
    emitter.field("title", title)
    emitter.field("url", url)
    emitter.closeObject()
  }
}
