/// One kind of record the store keeps, declared once: its collection, its Swift type, and its
/// fields. `smartcity-generate` makes from it the code the library would otherwise repeat by
/// hand (the collection schemas behind the JSON Schemas, `datapackage.json`, SQL and CSV; each
/// record's reader and writer; the fast path's key tables, decoders and emitter).
public struct RecordDeclaration: Sendable {
  /// The `Collection` case (and file name stem) the records live in: `mous`.
  public var collection: String
  /// The model type: `MoU`.
  public var typeName: String
  /// Where a `Registry` keeps them: `mous`.
  public var registryProperty: String
  /// What one record is called in SQL column names: `mou` (`mou_id`).
  public var recordName: String
  public var title: String
  public var description: String
  /// The field that identifies a record.
  public var primaryKey: String
  /// Whether the id is made from other fields by the model (`mou-<cohort>-<regency>`): the
  /// model's initializer does not take it, and the reader checks the stored one against it.
  public var derivesID: Bool
  /// Whether the model has rules beyond its fields' types (`ruleViolation()`, written by hand
  /// beside the model), which every reader applies.
  public var hasRules: Bool
  /// Whether the store writes the collection straight to bytes (the one that grows large);
  /// every collection is read straight from its bytes.
  public var hasEmitter: Bool
  public var fields: [FieldDeclaration]

  public init(
    _ collection: String, type typeName: String, registry registryProperty: String, recordName: String,
    title: String, description: String, primaryKey: String, derivesID: Bool = false, hasRules: Bool = false,
    hasEmitter: Bool = false, fields: [FieldDeclaration]
  ) {
    self.collection = collection
    self.typeName = typeName
    self.registryProperty = registryProperty
    self.recordName = recordName
    self.title = title
    self.description = description
    self.primaryKey = primaryKey
    self.derivesID = derivesID
    self.hasRules = hasRules
    self.hasEmitter = hasEmitter
    self.fields = fields
  }
}

/// A structure nested in records (a signatory, a source, a cohort's phase), declared once like
/// a record.
public struct NestedDeclaration: Sendable {
  /// The stem of its schema field list: `signatory` (`FieldSchema.signatoryFields`).
  public var name: String
  public var typeName: String
  public var hasRules: Bool
  /// Whether the same value recurs across records (a source cited by many): the fast path
  /// then reuses the value it read from the same bytes a little earlier.
  public var recurs: Bool
  public var fields: [FieldDeclaration]

  public init(
    _ name: String, type typeName: String, hasRules: Bool = false, recurs: Bool = false, fields: [FieldDeclaration]
  ) {
    self.name = name
    self.typeName = typeName
    self.hasRules = hasRules
    self.recurs = recurs
    self.fields = fields
  }
}

/// One field: its JSON key (which is also the model's property and initializer label), its
/// type, its documentation and its constraints.
public struct FieldDeclaration: Sendable {
  /// The value a field holds, with the Swift type the model gives it.
  public indirect enum FieldType: Sendable {
    /// `String`.
    case text
    /// `Int`.
    case integer
    /// `CalendarDate`, written `YYYY-MM-DD`.
    case day
    /// `ReportedDate`: a day, a month or a year, as precise as the source.
    case reportedDate
    /// A `String`-backed enumeration, by type name: its cases are the allowed values.
    case choice(String)
    /// `[String]`.
    case texts
    /// `[Int]`.
    case integers
    /// A list of a `String`-backed enumeration.
    case choices(String)
    /// One nested structure.
    case object(NestedDeclaration)
    /// A list of nested structures.
    case objects(NestedDeclaration)

    /// Whether the value is a list (always written, `[]` when empty; `null` reads as empty).
    public var isList: Bool {
      switch self {
      case .texts, .integers, .choices, .objects: true
      default: false
      }
    }
  }

  public var name: String
  public var type: FieldType
  public var documentation: String
  /// Whether a stored record must have it (a list is then written even when empty).
  public var isRequired: Bool
  /// A regular expression the text (or each text of a list) matches, for the published schemas.
  public var pattern: String?
  /// The least value of a number, which the readers enforce.
  public var minimum: Int?
  /// The collection and field a value refers to.
  public var references: (collection: String, field: String)?
  /// A detail no listing or report shows (a venue, a signatory): the fast path checks it but
  /// keeps it only when asked for every detail.
  public var isDetail: Bool

  public init(
    _ name: String, _ type: FieldType, _ documentation: String, required: Bool = false, pattern: String? = nil,
    minimum: Int? = nil, references: (collection: String, field: String)? = nil, detail: Bool = false
  ) {
    self.name = name
    self.type = type
    self.documentation = documentation
    self.isRequired = required
    self.pattern = pattern
    self.minimum = minimum
    self.references = references
    self.isDetail = detail
  }
}
