import Foundation
import TestSupport
import Testing

@testable import ProgrammeCore

/// Every way a store file can be broken gives one message naming the file and the place.
@Suite struct CorruptStoreTests {
  struct Damage: Sendable, CustomTestStringConvertible {
    var name: String
    var file: String
    /// What the message must say besides the file's name.
    var expected: [String]
    var apply: @Sendable (TestStore) throws -> Void

    var testDescription: String { name }
  }

  static func replace(_ file: String, _ target: String, with replacement: String) -> @Sendable (TestStore) throws -> Void {
    { test in
      let text = try test.read(file)
      guard let range = text.range(of: target) else { throw CocoaError(.fileReadCorruptFile) }
      try test.write(file, text.replacingCharacters(in: range, with: replacement))
    }
  }

  static let damages: [Damage] = [
    Damage(name: "truncated", file: "mous.json", expected: ["invalid JSON"]) { test in
      let text = try test.read("mous.json")
      try test.write("mous.json", String(text.prefix(text.count / 2)))
    },
    Damage(
      name: "syntax error", file: "cohorts.json", expected: ["cohorts.json:3:", "invalid JSON"],
      apply: replace("cohorts.json", "\"announcedSize\": 100,", with: "\"announcedSize\": 100,,")),
    Damage(
      name: "trailing comma", file: "letters.json", expected: ["letters.json:", "expected a key"],
      apply: replace("letters.json", "\"cohort\": \"2017\",", with: "\"cohort\": \"2017\",}, {")),
    Damage(
      name: "wrong type", file: "cohorts.json",
      expected: ["record 2 ('2021')", "field 'announcedSize'", "expected a whole number, found a string"],
      apply: replace("cohorts.json", "\"announcedSize\": 48", with: "\"announcedSize\": \"48\"")),
    Damage(
      name: "missing required field", file: "mous.json",
      expected: ["'mou-2017-11.71'", "field 'signedOn'", "missing required field"],
      apply: replace("mous.json", "\"signedOn\": \"2019-05-15\",", with: "")),
    Damage(
      name: "unknown enum value", file: "ceremonies.json",
      expected: ["field 'mode'", "unknown value 'zoom'", "virtual, in-person, hybrid"],
      apply: replace("ceremonies.json", "\"mode\": \"virtual\"", with: "\"mode\": \"zoom\"")),
    Damage(
      name: "unknown field", file: "letters.json", expected: ["field 'numbr'", "unknown field"],
      apply: replace("letters.json", "\"number\":", with: "\"numbr\":")),
    Damage(
      name: "invalid date", file: "letters.json", expected: ["field 'date'", "expected a date YYYY-MM-DD, found '2017-02-30'"],
      apply: replace("letters.json", "\"date\": \"2017-05-05\"", with: "\"date\": \"2017-02-30\"")),
    Damage(name: "duplicate id", file: "mous.json", expected: ["duplicate id 'mou-2017-11.71'"]) { test in
      let records = try JSONSerialization.jsonObject(with: Data(test.read("mous.json").utf8)) as? [Any] ?? []
      let data = try JSONSerialization.data(withJSONObject: [records[0]] + records, options: [.prettyPrinted])
      try test.write("mous.json", String(decoding: data, as: UTF8.self))
    },
    Damage(name: "dangling regency", file: "mous.json", expected: ["field 'regency'", "'99.99' is not in regencies.json"]) {
      test in
      try replace("mous.json", "\"regency\": \"11.71\"", with: "\"regency\": \"99.99\"")(test)
      try replace("mous.json", "\"id\": \"mou-2017-11.71\"", with: "\"id\": \"mou-2017-99.99\"")(test)
    },
    Damage(
      name: "dangling cohort", file: "ceremonies.json", expected: ["field 'cohort'", "'2030' is not in cohorts.json"],
      apply: replace("ceremonies.json", "\"cohort\": \"2024\"", with: "\"cohort\": \"2030\"")),
    Damage(
      name: "newer format version", file: "registry.json", expected: ["version 2 is newer", "upgrade smartcity"],
      apply: replace("registry.json", "\"version\": 1", with: "\"version\": 2")),
    Damage(name: "not UTF-8", file: "letters.json", expected: ["letters.json:5:35", "not UTF-8"]) { test in
      var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: test.path + "/letters.json")))
      let index = try #require(bytes.firstIndex(of: UInt8(ascii: "B")))
      bytes[index] = 0xFF
      try Data(bytes).write(to: URL(fileURLWithPath: test.path + "/letters.json"))
    },
    Damage(name: "empty file", file: "pillars.json", expected: ["empty file"]) { test in
      try test.write("pillars.json", "")
    },
    Damage(name: "missing file", file: "provinces.json", expected: ["missing"]) { test in
      try FileManager.default.removeItem(atPath: test.path + "/provinces.json")
    },
    Damage(name: "folder in place of a file", file: "mous.json", expected: ["is a folder"]) { test in
      try FileManager.default.removeItem(atPath: test.path + "/mous.json")
      try FileManager.default.createDirectory(atPath: test.path + "/mous.json", withIntermediateDirectories: false)
    },
    Damage(name: "object in place of an array", file: "cohorts.json", expected: ["expected an array of records"]) { test in
      try test.write("cohorts.json", "{}")
    },
    Damage(name: "record that is not an object", file: "pillars.json", expected: ["record 1", "expected an object"]) { test in
      try test.write("pillars.json", "[42]")
    },
    Damage(
      name: "code in the wrong province", file: "regencies.json", expected: ["field 'province'", "does not belong"],
      apply: replace("regencies.json", "\"province\": \"11\"", with: "\"province\": \"12\"")),
    // The declared minimum of a number and a nested structure's rule hold in every reader,
    // the MoUs' fast path among them.
    Damage(
      name: "number below its minimum", file: "announced-totals.json",
      expected: ["field 'cumulativeRegions'", "must not be negative"],
      apply: replace("announced-totals.json", "\"cumulativeRegions\": 141", with: "\"cumulativeRegions\": -141")),
    Damage(
      name: "source naming nothing to find", file: "mous.json",
      expected: ["field 'sources[0].title'", "a source needs at least a title"]
    ) { test in
      try replace("mous.json", "\"publisher\": \"Media Center Manggarai Timur\",", with: "")(test)
      try replace(
        "mous.json",
        "\"title\": \"Penandatanganan Nota Kesepakatan (MoU) dalam rangka Implementasi Gerakan Menuju Smart City\",",
        with: "")(test)
      try replace(
        "mous.json",
        "\"url\": \"https://manggaraitimurkab.go.id/berita/berita-matim/286-penandatanganan-nota-kesepakatan-mou-dalam-rangka-implementasi-gerakan-menuju-smart-city-2.html\"",
        with: "\"evidence\": \"x\"")(test)
    },
  ]

  @Test(arguments: damages)
  func damagedStore_isRefusedWithItsPlace(damage: Damage) throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    try damage.apply(test)
    let before = try test.snapshot()
    do {
      _ = try test.store.load()
      Issue.record("loaded a store with \(damage.name)")
    } catch {
      #expect(error.category == .brokenStore)
      #expect(error.message.contains(test.path + "/" + damage.file), "\(error.message)")
      for fragment in damage.expected { #expect(error.message.contains(fragment), "\(error.message)") }
      #expect(!error.message.contains("\n"))
      // Every value the message names is filled in, in both languages.
      for language in Language.allCases {
        #expect(Phrase.placeholders(in: error.message(in: language)).isEmpty, "\(error.message(in: language))")
      }
    }
    // No write goes ahead over a store it could not read.
    #expect(throws: ProgrammeError.self) {
      try test.store.update { registry throws(ProgrammeError) in
        try registry.register(MoURequest(regency: "53.01", signedOn: ReportedDate(CalendarDate(year: 2021, month: 5, day: 20)!)))
      }
    }
    #expect(try test.snapshot() == before)
  }
}
