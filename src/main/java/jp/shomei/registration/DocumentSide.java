package jp.shomei.registration;

public enum DocumentSide {
    FRONT, BACK
}
