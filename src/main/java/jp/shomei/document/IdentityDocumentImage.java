package jp.shomei.document;

/** An identity-document image whose content has been checked: a real jpeg, gif or png within the limits. */
public record IdentityDocumentImage(String contentType, int width, int height, byte[] content) {
}
