package jp.shomei.document;

public enum DocumentSide {
    FRONT, BACK
}
