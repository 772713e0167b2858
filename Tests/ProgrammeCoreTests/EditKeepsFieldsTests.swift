import Foundation
import TestSupport
import Testing

@testable import ProgrammeCore

/// An edit changes what it is told to and nothing else: every record of every collection,
/// edited through the same path as `edit` (the import's row reader), comes back with every
/// other field it held, whatever fields its kind declares (a path that lists a record's fields
/// by hand drops the ones it does not list).
@Suite struct EditKeepsFieldsTests {
  @Test(arguments: Collection.allCases)
  func editingTheNote_keepsEveryOtherField(collection: Collection) throws {
    let registry = try Store(directory: TestStore.shippedData).load()
    let schema = CollectionSchema.of(collection)
    let key = schema.primaryKey
    let hasNote = schema.fields.contains { $0.name == "note" }
    var edited = 0
    for record in registry.records(of: collection) {
      guard let id = record[key]?.stringValue else { continue }
      var copy = registry
      let change = FieldChanges(assignments: hasNote ? [.init(field: "note", value: "checked again")] : [])
      let write: RecordWrite
      do {
        write = try copy.editRecord(id: id, change)
      } catch {
        // Nothing to change is refused for some kinds; the record must then be untouched.
        #expect(copy.records(of: collection) == registry.records(of: collection), "\(id)")
        continue
      }
      var expected = record.objectValue ?? [:]
      if hasNote { expected["note"] = .string("checked again") }
      #expect(write.after == .object(expected), "\(id): \(String(describing: write.after))")
      edited += 1
    }
    #expect(edited > 0 || registry.records(of: collection).isEmpty)
  }
}
