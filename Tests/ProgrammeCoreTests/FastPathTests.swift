import Foundation
import TestSupport
import Testing

@testable import ProgrammeCore

/// The streaming MoU decoder and the MoU emitter against the reference reader and writer.
@Suite struct FastPathTests {
  static func referenceMoUs(_ bytes: [UInt8]) -> [MoU]? {
    guard let value = try? Store.parse(bytes, file: "mous.json") else { return nil }
    var registry = Registry()
    return (try? registry.load(.mous, from: value, file: "mous.json")) != nil ? registry.mous : nil
  }

  static func shippedBytes() throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestStore.fixture + "/mous.json")))
  }

  @Test func shippedMoUs_decodeAlikeAndWriteAlike() throws {
    let bytes = try Self.shippedBytes()
    let fast = try #require(MoUStreamDecoder.decode(bytes))
    #expect(fast == Self.referenceMoUs(bytes))
    #expect(MoU.fileBytes(fast) == bytes)
  }

  @Test(arguments: [0, 1, 515, 3_000])
  func generatedMoUs_decodeAlikeAndWriteAlike(count: Int) throws {
    let registry = try SyntheticStore.registry(mous: count)
    let sorted = registry.mous.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    let reference = JSONWriter().bytes(for: .array(sorted.map(\.jsonValue)))
    #expect(MoU.fileBytes(sorted) == reference)
    #expect(MoUStreamDecoder.decode(reference) == sorted)
  }

  /// Keys are matched where they lie, the one the store writes next tried first: a record with
  /// its keys in any other order, or with some left out, reads as the reference reader reads it.
  @Test func keysInAnyOrder_decodeAlike() throws {
    let mou = MoU(
      regency: "53.19", cohort: "2021", signedOn: ReportedDate(CalendarDate(year: 2021, month: 5, day: 20)!),
      venue: "Labuan Bajo", sources: [Source(publisher: "kominfo.go.id", url: "https://kominfo.go.id/a", evidence: "e")])
    let members = try #require(mou.jsonValue.objectValue)
    let keys = members.keys.sorted()
    for order in [
      keys, keys.reversed(), keys.enumerated().sorted { ($0.offset % 3, $0.offset) < ($1.offset % 3, $1.offset) }.map(\.element),
    ] {
      let text = "[{" + order.map { "\"\($0)\": " + JSONWriter().string(for: members[$0]!) }.joined(separator: ", ") + "}]"
      let bytes = Array(text.utf8)
      #expect(Self.referenceMoUs(bytes) == [mou], "\(order)")
      #expect(MoUStreamDecoder.decode(bytes) == [mou], "\(order)")
    }
    // A key the table lacks, however close to one it has, is refused.
    for unknown in ["venu", "venuee", "Venue", "sources2"] {
      let text =
        "[{"
        + keys.map { "\"\($0 == "venue" ? unknown : $0)\": " + JSONWriter().string(for: members[$0]!) }.joined(separator: ", ")
        + "}]"
      #expect(MoUStreamDecoder.decode(Array(text.utf8)) == nil, "\(unknown)")
    }
  }

  /// Signing dates known only to the month or the year read and write alike on both paths.
  @Test func partialSigningDates_decodeAlikeAndWriteAlike() throws {
    let month = MoU(regency: "32.71", cohort: "2022", signedOn: try #require(ReportedDate(iso: "2022-04")))
    let year = MoU(regency: "32.73", cohort: "2022", signedOn: try #require(ReportedDate(iso: "2022")))
    let bytes = JSONWriter().bytes(for: .array([month.jsonValue, year.jsonValue]))
    #expect(MoU.fileBytes([month, year]) == bytes)
    #expect(MoUStreamDecoder.decode(bytes) == [month, year])
    #expect(Self.referenceMoUs(bytes) == [month, year])
    // A date no reader accepts is refused on both paths.
    let bad = JSONWriter().bytes(
      for: .array([.object(month.jsonValue.objectValue!.merging(["signedOn": .string("2022-4")]) { $1 })]))
    #expect(MoUStreamDecoder.decode(bad) == nil && Self.referenceMoUs(bad) == nil)
  }

  @Test func unusualButValidRecords_writeAlike() throws {
    let odd = MoU(
      regency: "53.19", cohort: "2021", signedOn: ReportedDate(CalendarDate(year: 2021, month: 5, day: 20)!),
      venue: "Hotel \"Inaya\" \\ Bay é 😀 \u{202E}", regionalSignatory: Signatory(),
      ministrySignatory: Signatory(name: "x"), accompaniedBy: [Signatory(), Signatory(office: "Sekda")],
      sources: [Source(title: "t", date: CalendarDate(year: 2021, month: 1, day: 2), note: "/n")])
    let reference = JSONWriter().bytes(for: .array([odd.jsonValue]))
    #expect(MoU.fileBytes([odd]) == reference)
    // Quotes and backslashes are decoded on the fast path; other escapes go to the reference
    // path; either way the record reads the same.
    #expect(Self.referenceMoUs(reference) == [odd])
    #expect(MoUStreamDecoder.decode(reference).map { $0 == [odd] } ?? true)
    var quoted = odd
    quoted.venue = #"Hotel "Inaya" \ Bay / é"#
    let quotedBytes = JSONWriter().bytes(for: .array([quoted.jsonValue]))
    #expect(MoUStreamDecoder.decode(quotedBytes) == [quoted])
  }

  /// Control characters (C0 escaped, DEL and C1 raw in UTF-8) are refused by both readers.
  @Test(arguments: ["\\u0007", "\\n", "\u{7F}", "\u{85}", "\u{9B}"])
  func controlCharacters_areRefusedByBothReaders(character: String) throws {
    let bytes = Array(
      #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":"2021-05-20","sources":[],"venue":"a\#(character)b"}]"#
        .utf8)
    #expect(MoUStreamDecoder.decode(bytes) == nil)
    #expect(Self.referenceMoUs(bytes) == nil)
  }

  @Test(arguments: [
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":"2021-05-20","sources":null,"scope":null,"accompaniedBy":null,"venue":null}]"#,
    #"[ ]"#, "[]\n",
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":"2021-05-20","regionalSignatory":{}}]"#,
  ])
  func validVariants_decodeAlike(text: String) throws {
    let bytes = Array(text.utf8)
    let fast = try #require(MoUStreamDecoder.decode(bytes))
    #expect(fast == Self.referenceMoUs(bytes))
  }

  @Test(arguments: [
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":"2021-05-20","id":"x"}]"#,
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":"2021-02-30"}]"#,
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":"2021-05-20","mode":"zoom"}]"#,
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":"2021-05-20","extra":1}]"#,
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":"2021-05-20"},]"#,
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":"2021-05-20"}] x"#,
    #"[{"id":"mou-2021-53.18","regency":"53.19","cohort":"2021","signedOn":"2021-05-20"}]"#,
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":null}]"#,
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":" ","signedOn":"2021-05-20"}]"#,
    #"[{"id":"mou-2021-53.19","regency":"53.19","cohort":"2021","signedOn":"2021-05-20","sources":[{}]}]"#,
  ])
  func invalidRecords_areLeftToTheReferencePath(text: String) {
    #expect(MoUStreamDecoder.decode(Array(text.utf8)) == nil)
  }

  /// On mutated files the fast path never accepts what the reference path refuses, and never
  /// reads a record differently.
  @Test func mutatedFiles_neverDecodeDifferently() throws {
    let original = try Self.shippedBytes()
    var random = SeededRandom(seed: 8_520)
    var fastAccepted = 0
    for _ in 0..<LoaderFuzzTests.iterations {
      let mutated = LoaderFuzzSupport.mutate(original, &random)
      guard let fast = MoUStreamDecoder.decode(mutated) else { continue }
      fastAccepted += 1
      #expect(fast == Self.referenceMoUs(mutated))
    }
    #expect(fastAccepted > 0)
  }

  /// A collection's records as the reference path reads them from `bytes`, as JSON.
  static func reference(_ collection: Collection, _ bytes: [UInt8]) -> [JSONValue]? {
    guard let value = try? Store.parse(bytes, file: collection.fileName) else { return nil }
    var registry = Registry()
    guard (try? registry.load(collection, from: value, file: collection.fileName)) != nil else { return nil }
    return registry.records(of: collection)
  }

  /// The same records through the collection's generated fast decoder.
  static func fast(_ collection: Collection, _ bytes: [UInt8]) -> [JSONValue]? {
    var registry = Registry()
    guard bytes.withUnsafeBufferPointer({ registry.loadQuickly(collection, from: $0) }) else { return nil }
    return registry.records(of: collection)
  }

  /// Every collection's fast path reads the fixture's and the shipped file as the reference
  /// path does, and on mutated files never accepts what the reference refuses nor reads a
  /// record differently.
  @Test(arguments: Collection.allCases)
  func everyCollection_decodesAlikeIncludingMutatedFiles(collection: Collection) throws {
    var random = SeededRandom(seed: 5_140 + UInt64(collection.fileName.utf8.count))
    var fastAccepted = 0
    for folder in [TestStore.fixture, TestStore.shippedData] {
      let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + collection.fileName)))
      let fast = try #require(Self.fast(collection, original), "\(folder)/\(collection.fileName)")
      #expect(fast == Self.reference(collection, original))
      // The large files get fewer mutations (the MoUs' own fuzz test runs the full count).
      let rounds = original.count > 100_000 ? LoaderFuzzTests.iterations / 40 : LoaderFuzzTests.iterations / 8
      for _ in 0..<rounds {
        let mutated = LoaderFuzzSupport.mutate(original, &random)
        guard let fast = Self.fast(collection, mutated) else { continue }
        fastAccepted += 1
        #expect(fast == Self.reference(collection, mutated))
      }
    }
    // A file of no records ("[]") has nothing to mutate into another valid file.
    if collection != .quickWins { #expect(fastAccepted > 0) }
  }

  /// The eight-bytes-at-a-time test agrees with the byte-by-byte rule for every byte value in
  /// every position.
  @Test func plainTextWords_areExactlyThoseWithoutSpecialBytes() {
    for byte in 0...255 {
      let plain = (0x20...0x7E).contains(byte) && byte != 0x22 && byte != 0x5C
      for place in 0..<8 {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
        bytes[place] = UInt8(byte)
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        #expect(MoUStreamDecoder.isPlainText(word) == plain, "byte \(byte) at \(place)")
      }
    }
  }

  /// A string of spaces is no text wherever its length puts the spaces (in the eight-byte steps
  /// or the bytes after them), and one letter anywhere makes it text.
  @Test func blankStrings_areRefusedAsTextAtEveryLength() {
    for length in 1...40 {
      for letter in [nil] + Array(0..<length) {
        var bytes = [UInt8](repeating: UInt8(ascii: " "), count: length)
        if let letter { bytes[letter] = UInt8(ascii: "x") }
        let quoted = [UInt8(ascii: "\"")] + bytes + [UInt8(ascii: "\"")]
        let text = quoted.withUnsafeBufferPointer { buffer in
          var decoder = MoUStreamDecoder(bytes: buffer, keepsDetails: true, judge: { _ in .keep })
          return decoder.text()
        }
        #expect(
          text == (letter == nil ? nil : String(decoding: bytes, as: UTF8.self)),
          "length \(length), letter at \(String(describing: letter))")
      }
    }
  }

  /// Numbers as the store writes them take the fast path; any other spelling of a number, and
  /// a number below its declared minimum, is left to the reference reader.
  @Test func numbers_takeTheFastPathOnlyAsTheStoreWritesThem() throws {
    let record = { (size: String) in
      Array(
        """
        [{"announcedSize": \(size), "id": "2021", "phases": [], "sources": [], "title": "Cohort 2021", "years": [2021]}]
        """.utf8)
    }
    #expect(Self.fast(.cohorts, record("48")) == Self.reference(.cohorts, record("48")))
    for spelling in ["48.0", "4.8e1", "048", "-1", "1000000000000000"] {
      #expect(Self.fast(.cohorts, record(spelling)) == nil, "\(spelling)")
    }
    #expect(Self.reference(.cohorts, record("48.0")) != nil)
    #expect(Self.reference(.cohorts, record("-1")) == nil)
  }

  /// A source cited again is the same value, read once; a source that differs in one byte is
  /// read anew.
  @Test func recurringSources_areReusedOnlyForTheSameBytes() throws {
    let source = #"{"publisher": "Kemendagri", "title": "Kepmendagri 300.2.2-2138/2025"}"#
    let other = #"{"publisher": "Kemendagri", "title": "Kepmendagri 300.2.2-2138/2024"}"#
    let file = Array(
      """
      [
        {"code": "11", "name": "Aceh", "sources": [\(source)]},
        {"code": "12", "name": "Sumatera Utara", "sources": [\(source)]},
        {"code": "13", "name": "Sumatera Barat", "sources": [\(other), \(source)]}
      ]
      """.utf8)
    let fast = try #require(Self.fast(.provinces, file))
    #expect(fast == Self.reference(.provinces, file))
    var registry = Registry()
    #expect(file.withUnsafeBufferPointer { registry.loadQuickly(.provinces, from: $0) })
    #expect(
      registry.provinces.map { $0.sources.map(\.title) } == [
        ["Kepmendagri 300.2.2-2138/2025"], ["Kepmendagri 300.2.2-2138/2025"],
        ["Kepmendagri 300.2.2-2138/2024", "Kepmendagri 300.2.2-2138/2025"],
      ])
  }
}

/// Reads that keep only some MoUs, and files the fast reader leaves to the reference path.
@Suite struct SelectiveReadTests {
  @Test func selection_keepsWhatTheFullReadWouldFilter() throws {
    let store = Store(directory: TestStore.fixture)
    let full = try store.load()
    let selected = try store.load(detail: .summary, selecting: { $0.cohort == "2021" })
    #expect(selected.mous.map(\.id) == full.mous.filter { $0.cohort == "2021" }.map(\.id))
    #expect(selected.mous.allSatisfy { $0.venue == nil && $0.regionalSignatory == nil && $0.note == nil })
    #expect(full.mous.first { $0.id == "mou-2021-53.19" }?.venue != nil)
    #expect(selected.milestones == full.milestones)
  }

  @Test func largeFile_decodesInTwoHalvesAlike() throws {
    let registry = try SyntheticStore.registry(mous: 4_000)
    let sorted = registry.mous.sorted { $0.id.precedesInBytes($1.id) }
    let bytes = MoU.fileBytes(sorted)
    #expect(bytes.count > 1 << 20)
    #expect(MoUStreamDecoder.decode(bytes) == sorted)
    // A record broken in the second half, and ids out of order across the split.
    var broken = bytes
    let late = try #require(broken.indices.reversed().first { broken[$0] == UInt8(ascii: "y") && $0 < broken.count - 2_000 })
    broken.insert(UInt8(ascii: "\u{01}"), at: late)
    #expect(MoUStreamDecoder.decode(broken) == nil)
    let swapped = Array(sorted.suffix(2_000)) + Array(sorted.prefix(2_000))
    #expect(MoUStreamDecoder.decode(MoU.fileBytes(swapped)) == nil)
  }

  @Test func fileSortedByHand_fallsBackAndStillLoads() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let records = try JSONParser().parse(Array(test.read("mous.json").utf8)).arrayValue ?? []
    try test.write("mous.json", JSONWriter().string(for: .array(records.reversed())))
    #expect(MoUStreamDecoder.decode(Array(try test.read("mous.json").utf8)) == nil)
    let loaded = try test.store.load()
    #expect(loaded.mous.count == records.count)
    let selected = try test.store.load(selecting: { $0.cohort == "2022" })
    #expect(selected.mous.count == 7)
  }

  @Test func brokenReferenceInADroppedMoU_isStillRefused() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let text = try test.read("mous.json")
    try test.write(
      "mous.json",
      text.replacingOccurrences(of: "\"regency\": \"11.71\"", with: "\"regency\": \"99.99\"")
        .replacingOccurrences(of: "\"id\": \"mou-2017-11.71\"", with: "\"id\": \"mou-2017-99.99\""))
    do {
      _ = try test.store.load(detail: .summary, selecting: { $0.cohort == "2022" })
      Issue.record("loaded a store with a dangling reference")
    } catch {
      #expect(error.message.contains("'99.99' is not in regencies.json"), "\(error.message)")
    }
  }
}
