/// The fast path for `regencies.json`, the largest file after the MoUs (every command reads
/// its 514 records): decoded straight from the bytes with the MoU decoder's machinery.
///
/// Like the MoU decoder it accepts exactly what the reference path accepts and gives up
/// (`nil`) on anything else, whereupon the reference path reads the file or words the error; a
/// differential test holds the two together.
extension MoUStreamDecoder {
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
}
