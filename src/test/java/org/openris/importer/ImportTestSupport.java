package org.openris.importer;

/** For tests outside this package (browser journey): the quirky vendor server and the private-address switch. */
public final class ImportTestSupport {

    private ImportTestSupport() {
    }

    /** Starts a QuirkyVendor whose body has the given name; close it to stop. */
    public static Vendor quirkyVendor(String town) throws java.io.IOException {
        return new Vendor(new QuirkyVendor(town));
    }

    public static void allowPrivateAddresses(ImportManagement imports, boolean allowed) {
        imports.allowPrivateAddresses(allowed);
    }

    public static final class Vendor implements AutoCloseable {
        private final QuirkyVendor vendor;

        Vendor(QuirkyVendor vendor) {
            this.vendor = vendor;
        }

        public String systemUrl() {
            return vendor.systemUrl();
        }

        @Override
        public void close() {
            vendor.close();
        }
    }
}
