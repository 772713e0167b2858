import Foundation
import TestSupport
import Testing

@testable import ProgrammeCore

/// The schemas, CSV both ways, imports and SQL, in the library.
@Suite struct InteropTests {
  /// The readers take their fields from the schema (`StoreRecord.fields`); what the model writes
  /// must then be exactly those fields: never one the schema lacks (the store would refuse its
  /// own file), always the required ones.
  @Test(arguments: Collection.allCases) func theModelWrites_theSchemasFields(_ collection: Collection) throws {
    let schema = CollectionSchema.of(collection)
    #expect(schema.collection == collection)
    let declared = Set(schema.fields.map(\.name))
    let required = Set(schema.fields.filter(\.isRequired).map(\.name))
    let registry = try Store(directory: TestStore.fixture).load()
    for record in registry.records(of: collection) {
      let keys = Set(record.objectValue?.keys.map { $0 } ?? [])
      #expect(keys.isSubset(of: declared), "\(collection): \(keys.subtracting(declared))")
      #expect(required.isSubset(of: keys), "\(collection): \(required.subtracting(keys))")
    }
  }

  @Test func shippedDescription_isTheOneThisModelWrites() throws {
    let registry = try Store(directory: TestStore.fixture).load()
    for file in StoreDescription.files(empty: StoreDescription.emptyCollections(of: registry)) {
      let shipped = try Data(contentsOf: URL(fileURLWithPath: TestStore.fixture + "/" + file.path))
      #expect([UInt8](shipped) == file.bytes, "\(file.path) is stale: run 'swift run smartcity describe'")
    }
  }

  /// A collection with no record is described as a JSON file, not a table (Frictionless cannot
  /// read an empty JSON table), and no table's foreign key points at it; the write that gives it
  /// its first record, or takes its last, brings the description along in the same commit, and
  /// `undo` puts both back.
  @Test func emptyCollections_areDescribedAsFiles_andTheDescriptionFollowsEachWrite() throws {
    let test = try TestStore(empty: ())
    defer { test.remove() }
    try Store.create(at: test.path, holding: try ReferenceData.registry())
    func types() throws -> [String: String] {
      let package = try JSONParser().parse(try test.store.fileSystem.readFile(at: test.path + "/datapackage.json"))
      let resources = package["resources"]?.arrayValue ?? []
      for resource in resources {
        for key in resource["schema"]?["foreignKeys"]?.arrayValue ?? [] {
          let target = key["reference"]?["resource"]?.stringValue ?? ""
          #expect(resources.first { $0["name"]?.stringValue == target }?["type"] == .string("table"), "\(target)")
        }
      }
      return Dictionary(uniqueKeysWithValues: resources.map { ($0["name"]?.stringValue ?? "", $0["type"]?.stringValue ?? "") })
    }
    let created = try types()
    #expect(created["mous"] == "json" && created["quick-wins"] == "json" && created["regencies"] == "table")
    let label = JournalEntry.Label(command: "smartcity add-mou", time: "2026-12-07T10:00:00Z")
    try test.store.update(journal: label) { (registry: inout Registry) throws(ProgrammeError) in
      try registry.register(
        MoURequest(regency: "Kota Bekasi", signedOn: ReportedDate(CalendarDate(year: 2022, month: 4, day: 21)!)))
    }
    #expect(try types()["mous"] == "table")
    #expect(try test.store.validate().warnings.allSatisfy { $0.check != "description" })
    #expect(try test.store.writeDescription() == [])
    try test.store.update(journal: label) { (registry: inout Registry) throws(ProgrammeError) in
      _ = try registry.removeRecord(id: registry.mous[0].id)
    }
    #expect(try types()["mous"] == "json")
    #expect(try test.store.validate().warnings.allSatisfy { $0.check != "description" })
    let undone = try test.store.undo()
    #expect(undone.files.contains("datapackage.json"))
    #expect(try types()["mous"] == "table")
    #expect(try test.store.validate().warnings.allSatisfy { $0.check != "description" })
  }

  @Test func csvReader_readsWhatSpreadsheetsWrite() throws {
    let text = "\u{FEFF}a;b;c\r\n1;\"x; \"\"y\"\"\nz\";\r\n\r\n2;;last\n"
    let rows = try CSVReader().rows(Array(text.utf8))
    #expect(rows.map(\.fields) == [["a", "b", "c"], ["1", "x; \"y\"\nz", ""], ["2", "", "last"]])
    #expect(rows.map(\.line) == [1, 2, 5])
  }

  @Test(arguments: [
    ("a,b\n1,\"open\n", 2, "never closed"),
    ("a,b\n1,\"x\"y\n", 2, "after a closing quote"),
    ("a,b\n1,x\"y\n", 2, "quote inside an unquoted field"),
  ])
  func csvReader_refusesBrokenQuoting(_ text: String, _ line: Int, _ reason: String) {
    #expect {
      _ = try CSVReader().rows(Array(text.utf8))
    } throws: { error in
      guard let failure = error as? CSVReader.Failure else { return false }
      return failure.line == line && failure.reason.text(in: .english).contains(reason)
    }
  }

  /// Every collection of the shipped store through CSV and back into a store made by `init`.
  @Test func csvRoundTrip_rebuildsTheShippedRecordsExactly() throws {
    let shipped = try Store(directory: TestStore.fixture).load()
    var rebuilt = try ReferenceData.registry()
    for collection in [Collection.letters, .ceremonies, .mous, .milestones] {
      let csv = CSVWriter().string(for: RecordCSV(collection).table(shipped))
      let summary = try rebuilt.importCSV(Array(csv.utf8), into: collection, file: "\(collection).csv")
      #expect(summary.unchanged == 0)
      // The second time adds nothing.
      let again = try rebuilt.importCSV(Array(csv.utf8), into: collection, file: "\(collection).csv")
      #expect(again.added.isEmpty && again.unchanged == summary.added.count)
    }
    #expect(rebuilt.letters.sorted { $0.number < $1.number } == shipped.letters.sorted { $0.number < $1.number })
    #expect(rebuilt.ceremonies.sorted { $0.id < $1.id } == shipped.ceremonies.sorted { $0.id < $1.id })
    #expect(rebuilt.mous == shipped.mous)
    #expect(rebuilt.milestones.sorted { $0.id < $1.id } == shipped.milestones.sorted { $0.id < $1.id })
  }

  @Test func import_isAllOrNothingAndNamesEveryBadRow() throws {
    var registry = try Store(directory: TestStore.fixture).load()
    let before = registry
    let csv = """
      regency,date,cohort,signatory,office,source
      Kota Bekasi,21 April 2022,2022,Tri Adhianto,Wali Kota,https://example.org/a
      Atlantis,2022-04-21,2022,,,https://example.org/b
      Kota Bogor,2022-13-01,,,,
      Kota Batu,2019-05-15,2017,,,
      """
    #expect {
      _ = try registry.importCSV(Array(csv.utf8), into: .mous, file: "in.csv")
    } throws: { error in
      guard case .importFailed(let file, let phrases, _) = error as? ProgrammeError else { return false }
      let problems = phrases.map { $0.text(in: .english) }
      return file == "in.csv" && problems.count == 3 && problems[0].hasPrefix("line 3: no regency or city matches 'Atlantis'")
        && problems[1].hasPrefix("line 4: signed_on:") && problems[2].hasPrefix("line 5: this region already has an MoU")
    }
    #expect(registry == before)
  }

  @Test func import_refusesUnknownAndMissingColumns() throws {
    var registry = try Store(directory: TestStore.fixture).load()
    #expect {
      _ = try registry.importCSV(Array("regency,signed_om\n53.19,2021-05-20\n".utf8), into: .mous, file: "x.csv")
    } throws: { error in
      guard case .importFailed(_, let problems, _) = error as? ProgrammeError else { return false }
      return problems.map { $0.text(in: .english) } == [
        "line 1: unknown column 'signed_om' (known: \(RecordCSV(.mous).knownHeaders.joined(separator: ", ")))",
        "line 1: missing column 'signed_on'",
      ]
    }
  }

  @Test func sqlScript_hasKeysAndEveryRecord() {
    let registry = TestStore.loaded(TestStore.fixture)
    let script = SQLWriter().script(for: registry).joined()
    #expect(script.hasPrefix("-- smartcity registry export"))
    #expect(script.contains("CREATE TABLE IF NOT EXISTS \"mous\" (\n  \"id\" TEXT NOT NULL,"))
    #expect(script.contains("FOREIGN KEY (\"regency\") REFERENCES \"regencies\" (\"code\")"))
    #expect(script.contains("CREATE TABLE IF NOT EXISTS \"letters_regencies\" (\n  \"letter_number\" TEXT NOT NULL,"))
    #expect(script.contains("PRIMARY KEY (\"mou_id\", \"position\")"))
    // A quote in a value is doubled, never left to end the literal.
    #expect(SQLWriter().literal(.string("Jum'at")) == "'Jum''at'")
    #expect(script.hasSuffix("COMMIT;\n"))
  }

  /// The SQL script can be run twice into one database: it creates its tables where missing and
  /// empties them (children first) rather than dropping them, so views built on them stay; its
  /// own view is made again, giving MoUs their ceremony's mode.
  @Test func sqlScript_replacesWhatItLoadedBefore() throws {
    let registry = try Store(directory: TestStore.fixture).load()
    let script = SQLWriter().script(for: registry).joined()
    #expect(!script.contains("DROP TABLE"))
    let deletes = script.split(separator: "\n").filter { $0.hasPrefix("DELETE FROM") }
    #expect(deletes.count == script.components(separatedBy: "CREATE TABLE IF NOT EXISTS").count - 1)
    let order = deletes.map { $0.split(separator: "\"")[1] }
    #expect(order.firstIndex(of: "mous_sources")! < order.firstIndex(of: "mous")!)
    #expect(order.firstIndex(of: "mous")! < order.firstIndex(of: "regencies")!)
    #expect(script.contains("CREATE VIEW \"mous_as_signed\""))
    #expect(script.range(of: "DROP VIEW")!.lowerBound < script.range(of: "DELETE FROM")!.lowerBound)
  }
}
