package knob.core;

import java.util.List;

/** The number lines that the chapter's notes print, copied from them verbatim. */
public final class NotesPrintouts {
    private NotesPrintouts() {
    }

    public static final List<String> FIRST_ERROR = List.of("0.30250000000000005");

    public static final List<String> HOT_COLD_FIRST_FIVE = List.of(
            "Error: 0.30250000000000005 Prediction: 0.25",
            "Error: 0.3019502500000001 Prediction: 0.2505",
            "Error: 0.30140100000000003 Prediction: 0.251",
            "Error: 0.30085225 Prediction: 0.2515",
            "Error: 0.30030400000000007 Prediction: 0.252");

    /** The notes cut the sixth line short: "Error: 0.2997562500000001 Predict". */
    public static final String HOT_COLD_SIXTH_START = "Error: 0.2997562500000001 Predict";

    public static final String HOT_COLD_LAST = "Error: 1.0799505792475652e-27 Prediction: 0.7999999999999672";

    public static final List<String> DIRECTION = List.of(
                "Error: 0.30250000000000005 Prediction: 0.25",
                "Error: 0.17015625000000004 Prediction: 0.3875",
                "Error: 0.095712890625 Prediction: 0.49062500000000003",
                "Error: 0.05383850097656251 Prediction: 0.56796875",
                "Error: 0.03028415679931642 Prediction: 0.6259765625",
                "Error: 0.0170348381996155 Prediction: 0.669482421875",
                "Error: 0.00958209648728372 Prediction: 0.70211181640625",
                "Error: 0.005389929274097089 Prediction: 0.7265838623046875",
                "Error: 0.0030318352166796153 Prediction: 0.7449378967285156",
                "Error: 0.0017054073093822882 Prediction: 0.7587034225463867",
                "Error: 0.0009592916115275371 Prediction: 0.76902756690979",
                "Error: 0.0005396015314842384 Prediction: 0.7767706751823426",
                "Error: 0.000303525861459885 Prediction: 0.7825780063867569",
                "Error: 0.00017073329707118678 Prediction: 0.7869335047900676",
                "Error: 9.603747960254256e-05 Prediction: 0.7902001285925507",
                "Error: 5.402108227642978e-05 Prediction: 0.7926500964444131",
                "Error: 3.038685878049206e-05 Prediction: 0.7944875723333098",
                "Error: 1.7092608064027242e-05 Prediction: 0.7958656792499823",
                "Error: 9.614592036015323e-06 Prediction: 0.7968992594374867",
                "Error: 5.408208020258491e-06 Prediction: 0.7976744445781151");

    public static final List<String> WEIGHT_COLUMN = List.of(
                "Error: 0.6400000000000001 Prediction: 0.0 Weight: 0.4",
                "Error: 0.3600000000000001 Prediction: 0.2 Weight: 0.7000000000000001",
                "Error: 0.2025 Prediction: 0.35000000000000003 Weight: 0.925",
                "Error: 0.11390625000000001 Prediction: 0.4625 Weight: 1.09375",
                "Error: 0.06407226562500003 Prediction: 0.546875 Weight: 1.2203125",
                "Error: 0.036040649414062535 Prediction: 0.61015625 Weight: 1.315234375",
                "Error: 0.020272865295410177 Prediction: 0.6576171875 Weight: 1.38642578125",
                "Error: 0.011403486728668217 Prediction: 0.693212890625 Weight: 1.4398193359375",
                "Error: 0.006414461284875877 Prediction: 0.71990966796875 Weight: 1.479864501953125",
                "Error: 0.0036081344727426873 Prediction: 0.7399322509765625 Weight: 1.5098983764648437");

    public static final List<String> FOUR_STEPS = List.of(
                "-----",
                "Weight:0.0",
                "Error:0.6400000000000001 Prediction:0.0",
                "Delta:-0.8 Weight Delta:-0.8800000000000001",
                "-----",
                "Weight:0.8800000000000001",
                "Error:0.02822400000000005 Prediction:0.9680000000000002",
                "Delta:0.16800000000000015 Weight Delta:0.1848000000000002",
                "-----",
                "Weight:0.6951999999999999",
                "Error:0.0012446784000000064 Prediction:0.76472",
                "Delta:-0.03528000000000009 Weight Delta:-0.0388080000000001",
                "-----",
                "Weight:0.734008",
                "Error:5.4890317439999896e-05 Prediction:0.8074088",
                "Delta:0.007408799999999993 Weight Delta:0.008149679999999992");

    public static final List<List<String>> PURE_ERROR = List.of(
            List.of("Prediction: 50.0", "Pure error: 49.2", "Direction and Amount: 4920.0"),
            List.of("Prediction: 75.0", "Pure error: 74.2", "Direction and Amount: 7420.0"),
            List.of("Prediction: -50.0", "Pure error: -50.8", "Direction and Amount: 5080.0"),
            List.of("Prediction: -75.0", "Pure error: -75.8", "Direction and Amount: 7580.0"),
            List.of("Prediction: 0.0", "Pure error: -0.8", "Direction and Amount: -0.0"),
            List.of("Prediction: 25000.0", "Pure error: 24999.2", "Direction and Amount: 1249960000.0"));

    public static final List<String> DIVERGENCE = List.of(
            "Error: 0.03999999999999998 Prediction: 1.0",
            "Error: 0.3599999999999998 Prediction: 0.20000000000000018",
            "Error: 3.2399999999999984 Prediction: 2.5999999999999996",
            "Error: 29.159999999999986 Prediction: -4.599999999999999",
            "Error: 262.4399999999999 Prediction: 16.999999999999996",
            "Error: 2361.959999999998 Prediction: -47.79999999999998",
            "Error: 21257.639999999978 Prediction: 146.59999999999994",
            "Error: 191318.75999999983 Prediction: -436.5999999999998",
            "Error: 1721868.839999999 Prediction: 1312.9999999999995",
            "Error: 15496819.559999991 Prediction: -3935.799999999999",
            "Error: 139471376.03999993 Prediction: 11810.599999999997",
            "Error: 1255242384.3599997 Prediction: -35428.59999999999",
            "Error: 11297181459.239996 Prediction: 106288.99999999999",
            "Error: 101674633133.15994 Prediction: -318863.79999999993",
            "Error: 915071698198.4395 Prediction: 956594.5999999997",
            "Error: 8235645283785.954 Prediction: -2869780.599999999",
            "Error: 74120807554073.56 Prediction: 8609344.999999996",
            "Error: 667087267986662.1 Prediction: -25828031.799999986",
            "Error: 6003785411879960.0 Prediction: 77484098.59999996",
            "Error: 5.403406870691965e+16 Prediction: -232452292.5999999");

    public static final List<String> ALPHA = List.of(
            "Error: 0.03999999999999998 Prediction: 1.0",
            "Error: 0.0144 Prediction: 0.92",
            "Error: 0.005183999999999993 Prediction: 0.872",
            "Error: 0.0018662400000000014 Prediction: 0.8432000000000001",
            "Error: 0.0006718464000000028 Prediction: 0.8259200000000001",
            "Error: 0.00024186470400000033 Prediction: 0.815552",
            "Error: 8.70712934399997e-05 Prediction: 0.8093312",
            "Error: 3.134566563839939e-05 Prediction: 0.80559872",
            "Error: 1.1284439629823931e-05 Prediction: 0.803359232",
            "Error: 4.062398266736526e-06 Prediction: 0.8020155392",
            "Error: 1.4624633760252567e-06 Prediction: 0.8012093235200001",
            "Error: 5.264868153690924e-07 Prediction: 0.8007255941120001",
            "Error: 1.8953525353291194e-07 Prediction: 0.8004353564672001",
            "Error: 6.82326912718715e-08 Prediction: 0.8002612138803201",
            "Error: 2.456376885786678e-08 Prediction: 0.8001567283281921",
            "Error: 8.842956788836216e-09 Prediction: 0.8000940369969153",
            "Error: 3.1834644439835434e-09 Prediction: 0.8000564221981492",
            "Error: 1.1460471998340758e-09 Prediction: 0.8000338533188895",
            "Error: 4.125769919393652e-10 Prediction: 0.8000203119913337",
            "Error: 1.485277170987127e-10 Prediction: 0.8000121871948003");
}
