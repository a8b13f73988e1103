/// A way a pair kept in touch.
public enum Channel: String, Sendable, CaseIterable {
    case email, video, chat, social, phone
}
