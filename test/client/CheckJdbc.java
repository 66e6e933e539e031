/*
 * The views of cag_ovt as BI tools see them through pgJDBC (Metabase,
 * Tableau, DBeaver, Superset's JDBC bridge): the checks of check_clients.py,
 * through JDBC.
 *
 *   java -cp /usr/share/java/postgresql.jar -Dcag.client.dir=test/client \
 *       test/client/CheckJdbc.java
 *
 * (Java 11 or later runs a single source file; Debian's pgJDBC is in
 * libpostgresql-jdbc-java.)  Connects with CAG_HOST, CAG_PORT, CAG_DB,
 * CAG_USER, CAG_PASSWORD and prints one line per check, tab-separated:
 * check, client (jdbc), relation, column, ok|fail, detail.
 *
 *   core_type          ResultSetMetaData gives a JDBC type, not Types.OTHER
 *                      (what PostgreSQL types the driver does not know get)
 *   numeric_precision  a NUMERIC column has a precision (getPrecision > 0)
 *   described          data_dictionary describes it in French and English
 *   remarks            DatabaseMetaData.getColumns and getTables return the
 *                      comment
 *   additive_sum       an additive column summed over the view's rows
 *                      (BigDecimal, exact) gives the true total
 */
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class CheckJdbc {
    static void say(String check, String relation, String column, boolean ok, String detail) {
        System.out.println(String.join("\t", check, "jdbc", relation, column == null ? "-" : column,
                ok ? "ok" : "fail", detail.replaceAll("\\s+", " ").trim()));
    }

    static boolean present(String s) {
        return s != null && !s.trim().isEmpty();
    }

    record Column(String name, String fr, String en, boolean additive) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        String url = "jdbc:postgresql://" + env.get("CAG_HOST") + ":" + env.get("CAG_PORT") + "/" + env.get("CAG_DB");
        try (Connection conn = DriverManager.getConnection(url, env.get("CAG_USER"), env.get("CAG_PASSWORD"));
             Statement st = conn.createStatement()) {
            Map<String, List<Column>> relations = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT relation_name, column_name, description_fr, description_en, is_additive "
                    + "FROM cag_ovt.data_dictionary WHERE relation_kind IN ('view', 'materialized view') "
                    + "ORDER BY relation_name, column_position")) {
                while (rs.next())
                    relations.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Column(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
            }
            Map<String, BigDecimal> truth = new HashMap<>();
            String truthSql = Files.readString(Path.of(System.getProperty("cag.client.dir", "test/client"),
                                                       "true_totals.sql"));
            try (ResultSet rs = st.executeQuery(truthSql)) {
                while (rs.next())
                    truth.put(rs.getString(1), rs.getBigDecimal(2));
            }
            DatabaseMetaData meta = conn.getMetaData();

            for (Map.Entry<String, List<Column>> e : relations.entrySet()) {
                String relation = e.getKey();
                for (Column c : e.getValue()) {
                    boolean ok = present(c.fr()) && present(c.en());
                    say("described", relation, c.name(), ok, ok ? "" : "French " + c.fr() + ", English " + c.en());
                }
                try (ResultSet rs = meta.getTables(null, "cag_ovt", relation, null)) {
                    String remark = rs.next() ? rs.getString("REMARKS") : null;
                    say("remarks", relation, null, present(remark), "getTables REMARKS " + remark);
                }
                Map<String, String> remarks = new HashMap<>();
                try (ResultSet rs = meta.getColumns(null, "cag_ovt", relation, "%")) {
                    while (rs.next())
                        remarks.put(rs.getString("COLUMN_NAME"), rs.getString("REMARKS"));
                }
                Map<String, BigDecimal> sums = new HashMap<>();
                int rows = 0;
                try (ResultSet rs = st.executeQuery("SELECT * FROM cag_ovt.\"" + relation.replace("\"", "\"\"") + "\"")) {
                    ResultSetMetaData md = rs.getMetaData();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        String name = md.getColumnName(i);
                        int type = md.getColumnType(i);
                        boolean known = type != Types.OTHER && type != Types.STRUCT && type != Types.DISTINCT
                                && type != Types.JAVA_OBJECT;
                        say("core_type", relation, name, known,
                            "type " + md.getColumnTypeName(i) + ", java.sql.Types " + type + ", " + md.getColumnClassName(i));
                        if (type == Types.NUMERIC || type == Types.DECIMAL)
                            say("numeric_precision", relation, name, md.getPrecision(i) > 0,
                                "precision " + md.getPrecision(i) + ", scale " + md.getScale(i));
                        say("remarks", relation, name, present(remarks.get(name)), "getColumns REMARKS " + remarks.get(name));
                    }
                    while (rs.next()) {
                        rows++;
                        for (Column c : e.getValue()) {
                            if (!c.additive())
                                continue;
                            BigDecimal v = rs.getBigDecimal(c.name());
                            if (v != null)
                                sums.merge(c.name(), v, BigDecimal::add);
                        }
                    }
                }
                for (Column c : e.getValue()) {
                    if (!c.additive())
                        continue;
                    BigDecimal total = sums.getOrDefault(c.name(), BigDecimal.ZERO);
                    BigDecimal t = truth.get(c.name());
                    if (t == null) {
                        say("additive_sum", relation, c.name(), false,
                            "no true total for " + c.name() + ": add it to test/client/true_totals.sql");
                        continue;
                    }
                    String ratio = t.signum() == 0 ? "" : String.format(", %.2f times it", total.doubleValue() / t.doubleValue());
                    say("additive_sum", relation, c.name(), total.compareTo(t) == 0,
                        "sum over " + rows + " rows " + total.toPlainString() + ", true total " + t.toPlainString() + ratio);
                }
            }
        }
    }
}
