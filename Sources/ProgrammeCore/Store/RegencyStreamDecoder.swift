/// The fast path for `regencies.json`, the largest file after the MoUs (every command reads
/// its 514 records): decoded straight from the bytes with the MoU decoder's machinery.
///
/// Like the MoU decoder it accepts exactly what the reference path accepts and gives up
/// (`nil`) on anything else, whereupon the reference path reads the file or words the error; a
/// differential test holds the two together.
extension MoUStreamDecoder {
  static let regencyKeys = KeyTable(["code", "kind", "name", "officialName", "province", "sources"])

  /// The regencies of a file in the store's layout, codes strictly increasing; `nil` otherwise.
  static func decodeRegencies(_ buffer: UnsafeBufferPointer<UInt8>) -> [Regency]? {
    var decoder = MoUStreamDecoder(bytes: buffer, keepsDetails: true, judge: { _ in .keep })
    var regencies: [Regency] = []
    regencies.reserveCapacity(buffer.count / 300)
    decoder.skipWhitespace()
    guard decoder.consume(UInt8(ascii: "[")) else { return nil }
    decoder.skipWhitespace()
    if !decoder.consume(UInt8(ascii: "]")) {
      repeat {
        decoder.skipWhitespace()
        guard let regency = decoder.decodeRegency() else { return nil }
        if let last = regencies.last, !last.code.precedesInBytes(regency.code) { return nil }
        regencies.append(regency)
        decoder.skipWhitespace()
      } while decoder.consume(UInt8(ascii: ","))
      guard decoder.consume(UInt8(ascii: "]")) else { return nil }
    }
    decoder.skipWhitespace()
    return decoder.position == buffer.count ? regencies : nil
  }

  mutating func decodeRegency() -> Regency? {
    var code: String?
    var kind: RegionKind?
    var name: String?
    var officialName: String?
    var province: String?
    var sources: [Source] = []
    let complete = members(Self.regencyKeys) { field, decoder -> Bool in
      // Null is an absent field, which only `sources` may be.
      if decoder.consumeNull() { return field == 5 }
      switch field {
      case 0:
        code = decoder.text()
        return code != nil
      case 1:
        kind = decoder.text().flatMap(RegionKind.init(rawValue:))
        return kind != nil
      case 2:
        name = decoder.text()
        return name != nil
      case 3:
        officialName = decoder.text()
        return officialName != nil
      case 4:
        province = decoder.text()
        return province != nil
      default:
        return decoder.elements { decoder in
          guard let source = decoder.source() else { return false }
          sources.append(source)
          return true
        }
      }
    }
    // The reference reader's rules: a code `PP.RR` of its province, of the kind its number says.
    guard complete, let code, let kind, let name, let officialName, let province, Regency.isCode(code),
      code.hasPrefix(province + "."), Regency.kind(ofCode: code) == kind
    else { return nil }
    return Regency(code: code, name: name, officialName: officialName, kind: kind, province: province, sources: sources)
  }
}
