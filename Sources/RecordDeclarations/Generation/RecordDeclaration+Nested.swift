extension RecordDeclaration {
  /// Every nested structure the records use, each once, in the order first met.
  static var nested: [NestedDeclaration] { nestedTypes(of: all) }

  /// The nested structures these records hold (and those they hold), each once.
  static func nestedTypes(of records: [RecordDeclaration]) -> [NestedDeclaration] {
    var found: [NestedDeclaration] = []
    func visit(_ fields: [FieldDeclaration]) {
      for field in fields {
        guard let nested = field.type.nested, !found.contains(where: { $0.name == nested.name }) else { continue }
        found.append(nested)
        visit(nested.fields)
      }
    }
    for record in records { visit(record.fields) }
    return found
  }

  /// The fields the model's initializer takes: all but an id it makes itself.
  var initializerFields: [FieldDeclaration] {
    derivesID ? fields.filter { $0.name != primaryKey } : fields
  }
}

extension FieldDeclaration.FieldType {
  /// The nested structure of an object or a list of objects.
  var nested: NestedDeclaration? {
    switch self {
    case .object(let nested), .objects(let nested): nested
    default: nil
    }
  }
}
