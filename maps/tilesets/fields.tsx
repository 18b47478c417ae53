<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="fields" tilewidth="16" tileheight="16" tilecount="195" columns="16">
 <image source="../../assets/tiles/fields.png" width="256" height="208"/>
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
   <property name="name" value="meadow_0"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="meadow_1"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="stubble_0"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="stubble_1"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="gravel"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="path_0"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="path_1"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="path_2"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="path_3"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="path_4"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="path_5"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="path_6"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="path_7"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="path_8"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="path_9"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="path_10"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="path_11"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="path_12"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="path_13"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="path_14"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="path_15"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="road_0"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="road_1"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="road_dash"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="road_kerb_n"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="road_kerb_s"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="road_verge_n"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="road_verge_s"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="pavement"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="sea_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="sea_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="sea_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="sea_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="sea_edge"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="shingle_0"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="shingle_1"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="seawall_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="seawall_face"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="hedge_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="hedge_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="hedge_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="hedge_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="hedge_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="hedge_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="hedge_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="hedge_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="hedge_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="hedge_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="hedge_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="hedge_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="hedge_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="hedge_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="hedge_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="hedge_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="bed_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="bed_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="bed_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="bed_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="bed_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="bed_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="bed_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="bed_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="bed_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="bed_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="bed_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="bed_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="bed_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="bed_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="bed_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="bed_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="woods_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="woods_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="woods_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="woods_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="woods_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="woods_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="woods_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="woods_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="woods_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="woods_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="woods_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="woods_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="woods_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="woods_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="woods_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="woods_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="render_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="render_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="render_plinth"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="wall_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="wall_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="roof_ridge"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="roof_ridge_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="roof_ridge_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="roof"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="roof_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="roof_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="roof_eave"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="roof_eave_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="roof_eave_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="tree_lone/0,0"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="tree_lone/1,0"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="tree_lone/2,0"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="tree_lone/0,1"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="tree_lone/1,1"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="tree_lone/2,1"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="tree_lone/0,2"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="tree_lone/1,2"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="tree_lone/2,2"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="tree_lone/0,3"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="tree_lone/1,3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,16,7"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="tree_lone/2,3"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="name" value="dark_tree/0,0"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="name" value="dark_tree/1,0"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="name" value="dark_tree/0,1"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="name" value="dark_tree/1,1"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="name" value="dark_tree/0,2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="7,8,9,7"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="name" value="dark_tree/1,2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,10,7"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="tree/0,0"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="tree/1,0"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="tree/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="5,8,11,7"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="tree/1,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,8,12,7"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="name" value="bush"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="2,8,13,7"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="dark"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="keepsake_paper"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="keepsake_paper_1"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="keepsake_cloth"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="keepsake_cloth_1"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="keepsake_card"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="name" value="keepsake_card_1"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="name" value="keepsake_wool"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="name" value="keepsake_wool_1"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="name" value="keepsake_plastic"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="name" value="keepsake_plastic_1"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="name" value="keepsake_string"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="name" value="keepsake_string_1"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="name" value="keepsake_photo"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="name" value="keepsake_photo_1"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="name" value="keepsake_tin"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="name" value="keepsake_tin_1"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="name" value="keepsake_tape"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="name" value="keepsake_tape_1"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="name" value="window_house/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="name" value="window_house/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="name" value="window_house_lit/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="glow" value="pane,1,2"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="name" value="window_house_lit/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="name" value="lamp_street/0,0"/>
   <property name="glow" value="lamp,1,2"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="name" value="lamp_street/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="5,7,6,7"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="name" value="bench_sea/0,0"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="name" value="bench_sea/1,0"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="name" value="fence_h"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,9,16,7"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="name" value="fence_post"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="6,8,4,7"/>
  </properties>
 </tile>
 <tile id="157">
  <properties>
   <property name="name" value="fence_v"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="6,0,4,16"/>
  </properties>
 </tile>
 <tile id="158">
  <properties>
   <property name="name" value="door_house/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="159">
  <properties>
   <property name="name" value="door_house/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="name" value="door_house_green/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="161">
  <properties>
   <property name="name" value="door_house_green/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="name" value="door_house_red/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="name" value="door_house_red/0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="name" value="garden_wall"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,7,16,6"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="name" value="gate_open"/>
  </properties>
 </tile>
 <tile id="166">
  <properties>
   <property name="name" value="car/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,3,15,13"/>
  </properties>
 </tile>
 <tile id="167">
  <properties>
   <property name="name" value="car/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,3,15,13"/>
  </properties>
 </tile>
 <tile id="168">
  <properties>
   <property name="name" value="car/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,0,13,3"/>
  </properties>
 </tile>
 <tile id="169">
  <properties>
   <property name="name" value="car/1,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,0,14,3"/>
  </properties>
 </tile>
 <tile id="170">
  <properties>
   <property name="name" value="car_lit/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="1,3,15,13"/>
  </properties>
 </tile>
 <tile id="171">
  <properties>
   <property name="name" value="car_lit/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,3,15,13"/>
  </properties>
 </tile>
 <tile id="172">
  <properties>
   <property name="name" value="car_lit/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,0,13,3"/>
  </properties>
 </tile>
 <tile id="173">
  <properties>
   <property name="name" value="car_lit/1,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,0,14,3"/>
  </properties>
 </tile>
 <tile id="174">
  <properties>
   <property name="name" value="beam/0,0"/>
   <property name="glow" value="beam,2,1"/>
  </properties>
 </tile>
 <tile id="175">
  <properties>
   <property name="name" value="beam/1,0"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="name" value="field_gate/0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,9,16,6"/>
  </properties>
 </tile>
 <tile id="177">
  <properties>
   <property name="name" value="field_gate/1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="0,9,16,6"/>
  </properties>
 </tile>
 <tile id="178">
  <properties>
   <property name="name" value="field_gate_open/0,0"/>
  </properties>
 </tile>
 <tile id="179">
  <properties>
   <property name="name" value="field_gate_open/1,0"/>
  </properties>
 </tile>
 <tile id="180">
  <properties>
   <property name="name" value="pole/0,0"/>
  </properties>
 </tile>
 <tile id="181">
  <properties>
   <property name="name" value="pole/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="5,7,6,7"/>
  </properties>
 </tile>
 <tile id="182">
  <properties>
   <property name="name" value="bin"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,8,10,6"/>
  </properties>
 </tile>
 <tile id="183">
  <properties>
   <property name="name" value="car_seat"/>
  </properties>
 </tile>
 <tile id="184">
  <properties>
   <property name="name" value="car_floor"/>
  </properties>
 </tile>
 <tile id="185">
  <properties>
   <property name="name" value="dashboard/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="186">
  <properties>
   <property name="name" value="dashboard/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="187">
  <properties>
   <property name="name" value="dashboard/2,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="188">
  <properties>
   <property name="name" value="windscreen/0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="189">
  <properties>
   <property name="name" value="windscreen/1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="190">
  <properties>
   <property name="name" value="windscreen/2,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="191">
  <properties>
   <property name="name" value="window_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="192">
  <properties>
   <property name="name" value="postcard_rack/0,0"/>
  </properties>
 </tile>
 <tile id="193">
  <properties>
   <property name="name" value="postcard_rack/0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="feet" value="3,7,10,7"/>
  </properties>
 </tile>
 <tile id="194">
  <properties>
   <property name="name" value="car_seat_letter"/>
  </properties>
 </tile>
</tileset>
