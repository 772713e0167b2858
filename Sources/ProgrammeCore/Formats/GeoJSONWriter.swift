/// The regions as GeoJSON (RFC 7946) for map tools (QGIS, GDAL, Datawrapper, Flourish,
/// kepler.gl): a FeatureCollection of every kabupaten/kota, in WGS 84 longitude and latitude,
/// with the simplified boundaries built into the tool, and flat properties a tool can colour by.
///
/// The boundaries keep their MIT licence (`MapGeometry.licence`), said in the collection's own
/// `attribution` and `licence` members beside the registry's CC BY 4.0.
public struct GeoJSONWriter {
  public init() {}

  /// The FeatureCollection, one Feature per region in code order.
  public func value(for registry: Registry, geometry: MapGeometry = .shipped) -> JSONValue {
    let shapes = Dictionary(geometry.regencies.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    let provinces = Dictionary(registry.provinces.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
    let mous = Dictionary(grouping: registry.mous, by: \.regency)
    let phased = Set(registry.cohorts.filter { !$0.phases.isEmpty }.map(\.id))
    let features = registry.regencies.sorted { $0.code < $1.code }.map { regency -> JSONValue in
      // A region's memberships in signing order: the first is where it joined.
      let signed = (mous[regency.code] ?? []).sorted { ($0.signedOn, $0.cohort) < ($1.signedOn, $1.cohort) }
      let first = signed.first
      let properties: [String: JSONValue] = [
        "code": .string(regency.code), "name": .string(regency.officialName), "short_name": .string(regency.name),
        "kind": .string(regency.kind.rawValue), "province": .string(regency.province),
        "province_name": JSONValue(provinces[regency.province]), "member": .bool(first != nil),
        "cohorts": JSONValue(signed.isEmpty ? nil : signed.map(\.cohort).joined(separator: ", ")),
        "phases": JSONValue(
          signed.filter { phased.contains($0.cohort) }.map { "\($0.cohort)/\($0.signedOn.year)" }.nilIfEmpty?
            .joined(separator: ", ")),
        "mous": JSONValue(signed.count), "first_cohort": JSONValue(first?.cohort),
        "first_signed": JSONValue(first?.signedOn.description), "confidence": JSONValue(first?.confidence?.rawValue),
      ]
      return .object([
        "type": .string("Feature"), "id": .string(regency.code),
        "geometry": shapes[regency.code].map(Self.geometry) ?? .null, "properties": .object(properties),
      ])
    }
    return .object([
      "type": .string("FeatureCollection"),
      "name": .string("smartcity-regions"),
      "attribution": .string(geometry.attribution),
      "licence": .string("Data: CC BY 4.0 (\(StoreDescription.attribution)). Boundaries: \(geometry.licence)"),
      "features": .array(features),
    ])
  }

  /// A shape as a MultiPolygon. Its rings are given outer and inner alike (drawn with the
  /// even-odd rule): a ring inside an odd number of the others is a hole of the smallest ring
  /// that holds it; outer rings run counterclockwise and holes clockwise, as RFC 7946 asks.
  static func geometry(_ shape: MapGeometry.Shape) -> JSONValue {
    typealias Point = (longitude: Double, latitude: Double)
    let rings = shape.rings.filter { $0.count >= 3 }
    func area(_ ring: [Point]) -> Double {
      var sum = 0.0
      for index in ring.indices {
        let (a, b) = (ring[index], ring[(index + 1) % ring.count])
        sum += a.longitude * b.latitude - b.longitude * a.latitude
      }
      return sum / 2
    }
    func contains(_ ring: [Point], _ point: Point) -> Bool {
      var inside = false
      var previous = ring[ring.count - 1]
      for current in ring {
        if (current.latitude > point.latitude) != (previous.latitude > point.latitude),
          point.longitude < (previous.longitude - current.longitude) * (point.latitude - current.latitude)
            / (previous.latitude - current.latitude) + current.longitude
        {
          inside.toggle()
        }
        previous = current
      }
      return inside
    }
    // For each ring, the rings that hold it.
    let holders = rings.indices.map { index in
      rings.indices.filter { $0 != index && contains(rings[$0], rings[index][0]) }
    }
    var polygons: [(outer: Int, holes: [Int])] = []
    for index in rings.indices where holders[index].count % 2 == 0 { polygons.append((index, [])) }
    for index in rings.indices where holders[index].count % 2 == 1 {
      // The holder with the most holders of its own is the innermost, whose hole this is.
      let parent = holders[index].max { holders[$0].count < holders[$1].count }
      if let slot = polygons.firstIndex(where: { $0.outer == parent }) { polygons[slot].holes.append(index) }
    }
    func coordinates(_ index: Int, counterclockwise: Bool) -> JSONValue {
      var ring = rings[index]
      if (area(ring) > 0) != counterclockwise { ring.reverse() }
      // A GeoJSON ring ends where it starts.
      if let first = ring.first, let last = ring.last, first != last { ring.append(first) }
      return .array(ring.map { .array([.number($0.longitude), .number($0.latitude)]) })
    }
    return .object([
      "type": .string("MultiPolygon"),
      "coordinates": .array(
        polygons.map { polygon in
          .array(
            [coordinates(polygon.outer, counterclockwise: true)] + polygon.holes.map { coordinates($0, counterclockwise: false) })
        }),
    ])
  }
}

extension Array {
  fileprivate var nilIfEmpty: Self? { isEmpty ? nil : self }
}
