import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// Parsed view of a chart's SVG for structural assertions.
struct SVGInspection {
    /// The XML element type (from FoundationXML on Linux), so tests need not import it.
    typealias Element = XMLElement

    /// The `<svg>` root.
    let root: XMLElement

    /// Parses `svg`; fails the calling test (and throws) when it is not well-formed XML.
    init(_ svg: String, file: StaticString = #filePath, line: UInt = #line) throws {
        do {
            let document = try XMLDocument(xmlString: svg, options: [])
            root = try XCTUnwrap(document.rootElement(), file: file, line: line)
        } catch {
            XCTFail("SVG is not well-formed XML: \(error)", file: file, line: line)
            throw error
        }
    }

    /// All descendant elements named `name` (local name, namespace ignored), in document order.
    func elements(_ name: String, in element: XMLElement? = nil) -> [XMLElement] {
        var found: [XMLElement] = []
        func visit(_ node: XMLElement) {
            for child in node.children ?? [] {
                guard let child = child as? XMLElement else { continue }
                if child.localName == name { found.append(child) }
                visit(child)
            }
        }
        visit(element ?? root)
        return found
    }

    /// The first `<g>` whose class is `className`.
    func group(_ className: String) -> XMLElement? {
        elements("g").first { attribute("class", of: $0) == className }
    }

    /// The string value of attribute `name` on `element`. (Looked up in `attributes`: on Linux,
    /// `attribute(forName:)` returns nil for elements in a default namespace, as every SVG element is.)
    func attribute(_ name: String, of element: XMLElement) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    /// A numeric attribute.
    func number(_ name: String, of element: XMLElement) -> Double? {
        attribute(name, of: element).flatMap(Double.init)
    }

    /// The `points` of a `<polyline>` as pairs.
    func points(of polyline: XMLElement) -> [(Double, Double)] {
        let text = attribute("points", of: polyline) ?? ""
        return text.split(separator: " ").compactMap { pair in
            let parts = pair.split(separator: ",").compactMap { Double($0) }
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    }

    /// The coordinates in a path's `d` (commands M, L, Z with `x,y` pairs).
    func coordinates(ofPath path: XMLElement) -> [(Double, Double)] {
        let d = attribute("d", of: path) ?? ""
        let cleaned = d.replacingOccurrences(of: "M", with: " ").replacingOccurrences(of: "L", with: " ")
            .replacingOccurrences(of: "Z", with: " ")
        return cleaned.split(separator: " ").compactMap { pair in
            let parts = pair.split(separator: ",").compactMap { Double($0) }
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    }

    /// The plot area: the rectangle of the clip path.
    var plotArea: (left: Double, top: Double, right: Double, bottom: Double)? {
        guard let clip = elements("clipPath").first, let rect = elements("rect", in: clip).first,
              let x = number("x", of: rect), let y = number("y", of: rect),
              let w = number("width", of: rect), let h = number("height", of: rect) else { return nil }
        return (x, y, x + w, y + h)
    }

    /// Texts of the `<text>` elements inside `element` (or the whole SVG).
    func texts(in element: XMLElement? = nil) -> [String] {
        elements("text", in: element).map { $0.stringValue ?? "" }
    }
}
