import Mustache

// swift-mustache renders a value it does not recognise by trying several protocol casts and then
// `String(describing:)`. Each cast is a lookup in the runtime's conformance cache, whose shared
// counters make parallel renders contend. Declaring the plain values that templates show as
// custom-renderable lets the renderer take its first branch: a third of template time.

extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}

extension Substring: @retroactive MustacheCustomRenderable {
    public var renderText: String { String(self) }
    public var isNull: Bool { false }
}

extension Int: @retroactive MustacheCustomRenderable {
    public var renderText: String { String(self) }
    public var isNull: Bool { false }
}
