import Foundation
import RecordDeclarations
import TestSupport
import Testing

@testable import ProgrammeCore

/// The code generated from Sources/RecordDeclarations is checked in; these hold it to the
/// declarations and the declarations to the schemas the library publishes.
@Suite struct GeneratedCodeTests {
  @Test func generatedFiles_areCurrent() throws {
    let files = GeneratedFile.all()
    #expect(files.count == 3)
    for file in files {
      let url = URL(fileURLWithPath: TestStore.packageRoot + "/" + file.path)
      let onDisk = try String(contentsOf: url, encoding: .utf8)
      #expect(onDisk == file.contents, "\(file.path) is out of date: run 'swift run smartcity-generate'")
    }
  }

  @Test func everyCollection_isDeclaredOnce_inLoadingOrder() {
    #expect(RecordDeclaration.all.map(\.collection) == CollectionSchema.all.map { "\($0.collection)" })
    #expect(Set(RecordDeclaration.all.map(\.collection)).count == Collection.allCases.count)
    for declaration in RecordDeclaration.all {
      let schema = CollectionSchema.all.first { "\($0.collection)" == declaration.collection }
      #expect(schema?.fields.map(\.name) == declaration.fields.map(\.name), "\(declaration.collection)")
      #expect(schema?.primaryKey == declaration.primaryKey)
      #expect(declaration.fields.contains { $0.name == declaration.primaryKey }, "\(declaration.collection)")
    }
  }

  /// A number's declared minimum is the readers' rule as well as the published schemas'.
  @Test func declaredMinimum_isEnforcedByTheReader() throws {
    let record: JSONValue = .object([
      "id": .string("total-2022"), "year": .number(2022), "cumulativeRegions": .number(191), "repeats": .number(-1),
      "sources": .array([]),
    ])
    let reader = try RecordReader(
      record, file: "announced-totals.json", index: 0, identifier: "total-2022", fields: AnnouncedTotal.fields)
    #expect(throws: ProgrammeError.self) { try AnnouncedTotal(reader: reader) }
    do {
      _ = try AnnouncedTotal(reader: reader)
    } catch {
      #expect(error.message.contains("field 'repeats'"), "\(error.message)")
      #expect(error.message.contains("must not be negative"), "\(error.message)")
    }
  }
}
