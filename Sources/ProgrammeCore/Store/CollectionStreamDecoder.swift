#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The fast path for every collection file: decoded straight from the bytes with the MoU
/// decoder's machinery, by the decoders generated from Sources/RecordDeclarations
/// (`Registry.loadQuickly`).
///
/// Like the MoU decoder it accepts exactly what the reference path accepts and gives up
/// (`nil`) on anything else, whereupon the reference path reads the file or words the error; a
/// differential test holds the two together for every collection.
extension MoUStreamDecoder {
  /// The records of a file in the store's layout, ids strictly increasing (as the store writes
  /// them: a duplicate would sit next to its twin); `nil` otherwise.
  static func decodeSortedRecords<Record: StoreRecord>(
    _ buffer: UnsafeBufferPointer<UInt8>, _ decode: (inout MoUStreamDecoder) -> Record?
  ) -> [Record]? {
    var decoder = MoUStreamDecoder(bytes: buffer, keepsDetails: true, judge: { _ in .keep })
    var records: [Record] = []
    decoder.skipWhitespace()
    guard decoder.consume(UInt8(ascii: "[")) else { return nil }
    decoder.skipWhitespace()
    if !decoder.consume(UInt8(ascii: "]")) {
      var lastID: String?
      repeat {
        decoder.skipWhitespace()
        guard let record = decode(&decoder) else { return nil }
        let id = record.storeID
        if let lastID, !lastID.precedesInBytes(id) { return nil }
        lastID = id
        records.append(record)
        decoder.skipWhitespace()
      } while decoder.consume(UInt8(ascii: ","))
      guard decoder.consume(UInt8(ascii: "]")) else { return nil }
    }
    decoder.skipWhitespace()
    return decoder.position == buffer.count ? records : nil
  }
}

/// The last few values a decoder read of a recurring structure, by the bytes they were read
/// from: the same bytes read the same, so a value is reused whenever they recur (every region
/// cites the same decree; many MoUs cite the same report).
struct RecentValues<Value> {
  // Kept apart so that looking through the places copies no value.
  private var starts: [Int] = []
  private var lengths: [Int] = []
  private var values: [Value] = []
  private var next = 0
  private static var capacity: Int { 8 }

  /// The value read from the bytes that also start at `start`, and their length.
  func value(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: Value, length: Int)? {
    guard let base = bytes.baseAddress else { return nil }
    for index in starts.indices {
      let earlier = starts[index]
      let length = lengths[index]
      // Every structure starts alike (`{`): its last eight bytes (an address's or a note's end)
      // tell most apart before the whole is compared.
      guard earlier != start, start + length <= bytes.count, length >= 8,
        UnsafeRawPointer(base + start + length - 8).loadUnaligned(as: UInt64.self)
          == UnsafeRawPointer(base + earlier + length - 8).loadUnaligned(as: UInt64.self)
      else { continue }
      if memcmp(base + start, base + earlier, length) == 0 { return (values[index], length) }
    }
    return nil
  }

  mutating func remember(_ value: Value, at start: Int, length: Int) {
    if starts.count < Self.capacity {
      starts.append(start)
      lengths.append(length)
      values.append(value)
    } else {
      starts[next] = start
      lengths[next] = length
      values[next] = value
      next = (next + 1) % Self.capacity
    }
  }
}
