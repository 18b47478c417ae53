<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="town" tilewidth="16" tileheight="16" tilecount="198" columns="16">
 <image source="../../assets/tiles/town.png" width="256" height="208"/>
 <tile id="0">
  <properties>
   <property name="name" value="grass_0"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="grass_1"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="grass_2"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="grass_3"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="grass_daisies"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="grass_clover"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="path_0"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="path_1"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="path_2"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="path_3"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="path_4"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="path_5"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="path_6"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="path_7"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="path_8"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="path_9"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="path_10"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="path_11"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="path_12"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="path_13"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="path_14"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="path_15"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="pave_0"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="pave_1"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="prom"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="road"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="road_line"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="road_bay"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="kerb"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="sand"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="shingle"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="sea_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="sea_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="sea_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="sea_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="surf"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="wall_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="wall_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="flint_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="flint_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="render_cream"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="render_pink"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="render_blue"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="render_sage"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="roof_ridge"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="roof_ridge_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="roof_ridge_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="roof"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="roof_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="roof_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="roof_eave"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="roof_eave_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="roof_eave_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="floor_wood_0"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="floor_wood_1"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="floor_wood_2"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="floor_tile"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="carpet"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="wallcap_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="wallcap_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="wallcap_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="wallcap_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="wallcap_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="wallcap_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="wallcap_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="wallcap_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="wallcap_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="wallcap_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="wallcap_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="wallcap_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="wallcap_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="wallcap_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="wallcap_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="wallcap_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="wall_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="wall_lower"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="office_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="office_lower"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="shop_news/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="shop_news/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="shop_news/2,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="shop_news/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="shop_news/1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="shop_news/2,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="shop_baker/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="shop_baker/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="shop_baker/2,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="shop_baker/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="shop_baker/1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="shop_baker/2,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="shop_closed/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="shop_closed/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="shop_closed/2,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="shop_closed/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="shop_closed/1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="shop_closed/2,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="cafe_front/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="cafe_front/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="cafe_front/2,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="cafe_front/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="cafe_front/1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="cafe_front/2,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="window_t/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="window_t/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="window_t_pink/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="window_t_pink/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="window_t_blue/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="window_t_blue/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="window_t_brick/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="window_t_brick/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="window_t_flint/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="window_t_flint/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="door_t/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="door_t/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="agency_sign/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="agency_sign/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="agency_sign/2,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="name" value="agency_sign/3,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="name" value="glass"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="name" value="glass_post"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="name" value="desk_office/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,8,15,6"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="name" value="desk_office/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,16,6"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="name" value="chair_office_up"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="4,8,8,6"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="filing_cab/0,0"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="filing_cab/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,1,12,6"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="poster_sun"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="poster_hill"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="name" value="plant_pot/0,0"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="plant_pot/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="4,0,7,6"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="postcard_rack/0,0"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="postcard_rack/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="4,4,7,6"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="phone_box/0,0"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="phone_box/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,5,10,6"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="pillar_box"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,8,10,6"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="name" value="lamp_post/0,0"/>
   <property name="glow" value="lamp,1,2"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="name" value="lamp_post/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="5,5,7,6"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="name" value="bin_street"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,7,9,6"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="name" value="railing"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,9,16,6"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="name" value="railing_post"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,9,16,6"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="name" value="bench_prom/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,9,14,6"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="name" value="bench_prom/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,9,15,6"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="name" value="shelter/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,1,15,15"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="name" value="shelter/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,1,16,15"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="name" value="shelter/2,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,1,16,15"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="name" value="shelter/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,16,7"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="name" value="shelter/1,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,5,16,6"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="name" value="shelter/2,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,16,7"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="name" value="kiosk/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,1,16,15"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="name" value="kiosk/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,1,16,15"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="name" value="kiosk/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,6,16,6"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="name" value="kiosk/1,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,6,16,6"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="name" value="steps_beach/0,0"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="name" value="steps_beach/1,0"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="name" value="groyne"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="4,8,8,6"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="name" value="gull_post"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="4,8,9,7"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="name" value="cafe_table"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,8,12,6"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="name" value="cchair_up"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,7,10,6"/>
  </properties>
 </tile>
 <tile id="157">
  <properties>
   <property name="name" value="cchair_down"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,6,10,6"/>
  </properties>
 </tile>
 <tile id="158">
  <properties>
   <property name="name" value="counter/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,2,16,14"/>
  </properties>
 </tile>
 <tile id="159">
  <properties>
   <property name="name" value="counter/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,4,16,12"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="name" value="counter/2,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,4,16,12"/>
  </properties>
 </tile>
 <tile id="161">
  <properties>
   <property name="name" value="counter/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,7,16,7"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="name" value="counter/1,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,7,16,7"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="name" value="counter/2,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,7,16,7"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="name" value="menu_board/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="name" value="menu_board/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="166">
  <properties>
   <property name="name" value="cafe_window/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="glow" value="window,1,2"/>
  </properties>
 </tile>
 <tile id="167">
  <properties>
   <property name="name" value="cafe_window/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="168">
  <properties>
   <property name="name" value="cafe_door/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="169">
  <properties>
   <property name="name" value="cafe_door/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="170">
  <properties>
   <property name="name" value="coat_stand_t/0,0"/>
  </properties>
 </tile>
 <tile id="171">
  <properties>
   <property name="name" value="coat_stand_t/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="5,3,5,6"/>
  </properties>
 </tile>
 <tile id="172">
  <properties>
   <property name="name" value="car/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,4,13,12"/>
  </properties>
 </tile>
 <tile id="173">
  <properties>
   <property name="name" value="car/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,4,16,12"/>
  </properties>
 </tile>
 <tile id="174">
  <properties>
   <property name="name" value="car/2,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,4,15,12"/>
  </properties>
 </tile>
 <tile id="175">
  <properties>
   <property name="name" value="car/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,5,13,6"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="name" value="car/1,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,0,16,5"/>
  </properties>
 </tile>
 <tile id="177">
  <properties>
   <property name="name" value="car/2,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,5,15,6"/>
  </properties>
 </tile>
 <tile id="178">
  <properties>
   <property name="name" value="car_blue/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,4,13,12"/>
  </properties>
 </tile>
 <tile id="179">
  <properties>
   <property name="name" value="car_blue/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,4,16,12"/>
  </properties>
 </tile>
 <tile id="180">
  <properties>
   <property name="name" value="car_blue/2,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,4,15,12"/>
  </properties>
 </tile>
 <tile id="181">
  <properties>
   <property name="name" value="car_blue/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,5,13,6"/>
  </properties>
 </tile>
 <tile id="182">
  <properties>
   <property name="name" value="car_blue/1,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,0,16,5"/>
  </properties>
 </tile>
 <tile id="183">
  <properties>
   <property name="name" value="car_blue/2,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,5,15,6"/>
  </properties>
 </tile>
 <tile id="184">
  <properties>
   <property name="name" value="car_red/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,4,13,12"/>
  </properties>
 </tile>
 <tile id="185">
  <properties>
   <property name="name" value="car_red/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,4,16,12"/>
  </properties>
 </tile>
 <tile id="186">
  <properties>
   <property name="name" value="car_red/2,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,4,15,12"/>
  </properties>
 </tile>
 <tile id="187">
  <properties>
   <property name="name" value="car_red/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,5,13,6"/>
  </properties>
 </tile>
 <tile id="188">
  <properties>
   <property name="name" value="car_red/1,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,0,16,5"/>
  </properties>
 </tile>
 <tile id="189">
  <properties>
   <property name="name" value="car_red/2,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,5,15,6"/>
  </properties>
 </tile>
 <tile id="190">
  <properties>
   <property name="name" value="door_t_brick/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="191">
  <properties>
   <property name="name" value="door_t_brick/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="192">
  <properties>
   <property name="name" value="door_t_pink/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="193">
  <properties>
   <property name="name" value="door_t_pink/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="194">
  <properties>
   <property name="name" value="door_t_flint/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="195">
  <properties>
   <property name="name" value="door_t_flint/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="196">
  <properties>
   <property name="name" value="heron/0,0"/>
  </properties>
 </tile>
 <tile id="197">
  <properties>
   <property name="name" value="heron/0,1"/>
  </properties>
 </tile>
</tileset>
