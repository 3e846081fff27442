package jp.shomei.certificate;

/** The convenience stores' print networks: netprint at 7-Eleven; the network print service at FamilyMart and Lawson. */
public enum StoreNetwork {
    NETPRINT, NETWORK_PRINT
}
